/**
 * Reading times are computed (reading-time.ts beside this file), not typed: every figure a reader
 * sees must follow from the same rule. The route and course-plan sums are checked in
 * routes.test.ts; this file checks the modules, the kits' pre-reading and the stated rule.
 */
import { describe, expect, it } from 'vitest';
import { readingRule, readingTime } from './reading-time';
import { contentPages, isEnglish, isKit, isModule, type ContentPage } from './pages';

const pages = contentPages();
const modules = pages.filter(isModule);
const slugOf = (page: ContentPage) => page.path.replace(/^(en\/)?modules\/|\.mdx$/g, '');
const moduleMinutes = new Map(modules.filter((page) => !isEnglish(page)).map((page) => [slugOf(page), page.data['minutes'] as number]));
const page = (path: string) => pages.find((candidate) => candidate.path === path)!;

/** How far a typed figure may be from the computed one, as a share of it. */
const tolerance = 0.15;

const numberWords = {
  nl: ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'],
};

describe('module reading times', () => {
  it.each(modules.map((module) => [module.path, module] as const))('%s: `minutes` is within ±15 % of the computed reading time, to the whole minute', (_path, module) => {
    const sets = (module.data['reflections'] ?? []) as { questions: { text: string }[] }[];
    const questions = sets.flatMap((set) => set.questions.map((question) => question.text));
    const exercises = ((module.data['exercises'] ?? []) as unknown[]).length;
    const { words, widgets } = readingTime(module.body, { questions, exercises });
    // Compared with the unrounded figure, and the bounds widened to whole minutes, so that
    // twins whose word counts round to neighbouring minutes can share one figure.
    const exact = words / readingRule.wordsPerMinute + widgets * readingRule.minutesPerWidget;
    const [lowest, highest] = [Math.floor(exact * (1 - tolerance)), Math.ceil(exact * (1 + tolerance))];
    const minutes = module.data['minutes'] as number;
    const computed = `${exact.toFixed(1)} computed (${words} words, ${widgets} widgets)`;
    expect(minutes, computed).toBeGreaterThanOrEqual(lowest);
    expect(minutes, computed).toBeLessThanOrEqual(highest);
  });

  it('the shortest and longest module are the range the home page and the teacher-educator route state', () => {
    const all = [...moduleMinutes.values()];
    const [least, most] = [Math.min(...all), Math.max(...all)];
    expect(page('index.mdx').body).toContain(`Elke module duurt ${numberWords.nl[least]} tot ${numberWords.nl[most]} minuten`);
    expect(page('en/index.mdx').body).toContain(`Each module takes ${numberWords.en[least]} to ${numberWords.en[most]} minutes`);
    expect(page('voor-lerarenopleiders.mdx').body).toContain(`van ${least} tot ${most} minuten leestijd`);
    expect(page('en/voor-lerarenopleiders.mdx').body).toContain(`of ${least} to ${most} minutes' reading`);
  });

  it('the rule is stated on Over deze site in both languages, with the figures of readingRule', () => {
    const { wordsPerMinute, minutesPerWidget } = readingRule;
    expect(page('over-deze-site.mdx').body).toMatch(new RegExp(`${wordsPerMinute} woorden per minuut[^\\n]*\\s${minutesPerWidget} minuten`));
    expect(page('en/over-deze-site.mdx').body).toMatch(new RegExp(`${wordsPerMinute} words per minute[^\\n]*\\s${minutesPerWidget} minutes`));
  });
});

describe('workshop kits', () => {
  const preReading = /^- \*\*(?:Vooraf lezen|Reading beforehand) \((\d+) (?:minuten|minutes)\):\*\*([^]*?)(?=^- |^$)/m;

  it.each(pages.filter(isKit).map((kit) => [kit.path, kit] as const))('%s: the pre-reading time is the reading time of the modules it names', (_path, kit) => {
    const match = preReading.exec(kit.body);
    expect(match, 'a “Vooraf lezen (N minuten)” item').not.toBeNull();
    const named = [...match![2]!.matchAll(/\]\((?:\/en)?\/modules\/([a-z-]+)\/\)/g)].map((link) => link[1]!);
    expect(named.length, 'modules named').toBeGreaterThan(0);
    expect(Number(match![1])).toBe(named.reduce((sum, slug) => sum + moduleMinutes.get(slug)!, 0));
  });
});
