import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { workshopKits } from '../../src/course/course';
import { MIN_STEPS, planSteps } from '../../src/features/presenter/plan-steps';

// Every kit page of the build can be presented: read as `<kit-presenter>` reads it in the
// browser (`src/features/presenter/element.ts`, `page-sections.ts`), from the built HTML, so a
// plan that the Markdown plugins or a layout change turn into something else fails here.
const { root } = inject('builtSites');

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const hasClass = (node: Node, name: string) => (attr(node, 'class') ?? '').split(/\s+/).includes(name);
const elements = (node: Node) => (node.childNodes ?? []).filter((child) => child.tagName);

/** Every element under `node` that `test` accepts, in document order. */
function findAll(node: Node, test: (element: Node) => boolean): Node[] {
  return elements(node).flatMap((child) => [...(test(child) ? [child] : []), ...findAll(child, test)]);
}

/** What `textContent` gives: all text under the node, as the browser's DOM has it. */
const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(textOf).join('');

/**
 * The first element matching `test` between the `##` heading `heading` and the next one, as
 * `sectionPart` finds it: after the heading's `.sl-heading-wrapper`, among its later siblings.
 */
function sectionPart(content: Node, heading: string, test: (element: Node) => boolean): Node | null {
  const siblings = elements(content);
  const start = siblings.findIndex(
    (node) =>
      (node.tagName === 'h2' && textOf(node).trim() === heading) ||
      (hasClass(node, 'sl-heading-wrapper') &&
        findAll(node, (h) => h.tagName === 'h2').some((h) => textOf(h).trim() === heading)),
  );
  if (start < 0) return null;
  for (const node of siblings.slice(start + 1)) {
    if (node.tagName === 'h2' || (hasClass(node, 'sl-heading-wrapper') && hasClass(node, 'level-h2')))
      return null;
    if (test(node)) return node;
    const [found] = findAll(node, test);
    if (found) return found;
  }
  return null;
}

/** A kit page as the presenter reads it: its plan's steps, its goal and its discussion questions. */
function presented(page: string) {
  const document = parse(readFileSync(join(root.dir, page, 'index.html'), 'utf8')) as Node;
  const [presenter] = findAll(document, (node) => node.tagName === 'kit-presenter');
  const [content] = findAll(document, (node) => hasClass(node, 'sl-markdown-content'));
  if (!presenter || !content) return null;
  const table = sectionPart(
    content,
    attr(presenter, 'data-plan-heading') ?? '',
    (node) => node.tagName === 'table',
  );
  const body = table ? elements(table).find((node) => node.tagName === 'tbody') : undefined;
  const rows = (body ? elements(body) : []).map((row) => elements(row).map(textOf));
  const questions = sectionPart(content, attr(presenter, 'data-questions-heading') ?? '', (node) =>
    ['ul', 'ol'].includes(node.tagName!),
  );
  const [goal] = findAll(presenter, (node) => hasClass(node, 'presenter__goal'));
  return {
    plan: planSteps(rows),
    // The goal line is its label ("Doel:") and the kit's goal.
    goal: goal
      ? textOf(goal)
          .replace(/^[^:]*:/, '')
          .trim()
      : '',
    questions: questions ? elements(questions).map((item) => textOf(item).trim()) : [],
  };
}

const kitPages = workshopKits.flatMap((slug) => [`werkvormen/${slug}/`, `en/werkvormen/${slug}/`]);

/** The minutes a kit's frontmatter states (both languages share them). */
const statedMinutes = (page: string) =>
  Number(
    /^minutes:\s*(\d+)/m.exec(readFileSync(join('content', `${page.replace(/\/$/, '')}.mdx`), 'utf8'))?.[1],
  );

describe('every kit page of the build can be presented', () => {
  it.each(kitPages)(
    '/%s: its plan as steps, each with minutes, a name and what to do, its goal and its questions',
    (page) => {
      const kit = presented(page);
      expect(kit, 'a presenter and the page content').not.toBeNull();
      const { plan, goal, questions } = kit!;
      expect('problem' in plan ? plan.problem : '', 'why the plan cannot be presented').toBe('');
      const steps = 'steps' in plan ? plan.steps : [];
      expect(steps.length).toBeGreaterThanOrEqual(MIN_STEPS);
      for (const step of steps) {
        expect(step.minutes, step.title).toBeGreaterThan(0);
        expect(step.title.length, 'a name').toBeGreaterThan(0);
        expect(step.text.length, `what to do in ${step.title}`).toBeGreaterThan(0);
      }
      expect(
        steps.reduce((sum, step) => sum + step.minutes, 0),
        'the minutes the kit states',
      ).toBe(statedMinutes(page));
      expect(goal.length, 'the kit’s goal').toBeGreaterThan(0);
      expect(questions.length, 'discussion questions').toBeGreaterThan(0);
      expect(questions.every((question) => question.length > 0)).toBe(true);
    },
  );
});
