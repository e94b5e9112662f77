import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { sitePages } from './support/site-pages';

const { root } = inject('builtSites');
/** Reads the project's .htmlvalidate.json: conformance to the HTML standard, not style. */
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('HTML of the built site', () => {
  it.each(sitePages(root))('page "%s" conforms to the HTML standard', async (page) => {
    const report = await validator.validateFile(
      join(root.dir, page.endsWith('.html') ? page : `${page}index.html`),
    );
    const errors = report.results.flatMap(({ messages }) =>
      messages.map(
        ({ ruleId, message, line, column, selector }) =>
          `[${ruleId}] ${message} at ${line}:${column} (${selector})`,
      ),
    );
    expect(errors).toEqual([]);
  });
});
