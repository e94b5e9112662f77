import { readFileSync } from 'node:fs';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import dutch from '../content/i18n/nl.json';
import english from '../content/i18n/en.json';
import { withBase } from '../lib/with-base';
import { markTerms } from './glossary/mark-terms';
import { readGlossary } from './glossary/read-glossary';
import { otherForms, unmarkedTerms } from './glossary/term-data';
import { termMatcher } from './glossary/term-matcher';

type Language = 'nl' | 'en';

/** Where each language's pages live under `content/`, its UI strings, and its modules' last heading. */
const languages = {
  nl: { dir: '', strings: dutch, sourcesHeading: 'Bronnen' },
  en: { dir: 'en/', strings: english, sourcesHeading: 'Sources' },
} as const;

/** The language of a module page (`…/modules/<slug>.mdx`, English under `en/`); other pages have none. */
export function moduleLanguage(fileURL: URL | undefined): Language | undefined {
  const match = fileURL?.pathname.match(/(\/en)?\/modules\/[^/]+\.mdx$/);
  if (!match) return undefined;
  return match[1] ? 'en' : 'nl';
}

/**
 * Glossary terms at hand in the modules: the first use of each term in a module's running
 * text opens its short definition, and prints as a numbered note (`glossary/mark-terms.ts`).
 * The glossary page of the module's language (`content/begrippen.mdx`, `content/en/…`) is
 * the one source of the terms and definitions; it is read for every module compiled, so that
 * `astro dev` shows a changed definition on the module's next reload.
 */
export function glossaryTerms(base: string, contentDir: URL) {
  return ({ fileURL }: PluginFactoryContext) => {
    const language = moduleLanguage(fileURL);
    if (!language) return null;
    const { dir, strings, sourcesHeading } = languages[language];
    const entries = readGlossary(readFileSync(new URL(`${dir}begrippen.mdx`, contentDir), 'utf8')).filter(
      ({ id }) => !(id in unmarkedTerms),
    );
    const forms = entries.flatMap(({ id, term }) =>
      [term, ...(otherForms[language][id] ?? [])].map((form) => ({ id, form })),
    );
    const page = {
      find: termMatcher(forms),
      entries: new Map(entries.map((entry) => [entry.id, entry])),
      labels: {
        open: strings['terms.open'],
        more: strings['terms.more'],
        notesTitle: strings['terms.notesTitle'],
      },
      hrefOf: (id: string) => withBase(`/${dir}begrippen/#${id}`, base),
      sourcesHeading,
    };
    return defineHastPlugin({
      name: 'glossary-terms',
      before(root, ctx) {
        markTerms(root, ctx, page);
      },
    });
  };
}
