/**
 * One source of truth for names: `src/course/concepts.ts`. These checks fail when a page, a
 * UI string or the scan spells a concept differently from that file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { conditions, dikwSteps, forms, obstacles, qualities, qualityDrift, type Lang } from '../../src/course/concepts';
import { statements as conditionStatements } from '../../src/widgets/condities-scan/statements';
import { descriptors, qualities as scanQualities } from '../../src/widgets/zeven-kwaliteiten-scan/qualities';
import { contentPages } from './pages';

const langs: Lang[] = ['nl', 'en'];
const pages = contentPages();
const page = (path: string) => pages.find((candidate) => candidate.path === path)!;
const pathFor = (lang: Lang, path: string) => (lang === 'en' ? `en/${path}` : path);
const strings: Record<Lang, Record<string, string>> = {
  nl: JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/i18n/nl.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(import.meta.dirname, '../../src/content/i18n/en.json'), 'utf8')),
};
/** Typographic apostrophes count as straight ones; runs of whitespace as one space. */
const normal = (text: string) => text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const names = (lang: Lang) => qualities.map((quality) => quality[lang].name);

describe('the seven qualities', () => {
  it.each(langs)('%s: the module heads each quality with its name from concepts.ts, in order', (lang) => {
    const body = page(pathFor(lang, 'modules/zeven-kwaliteiten.mdx')).body;
    const headings = [...body.matchAll(/^###? (\d+)\. (.+)$/gm)].map((match) => [match[1], normal(match[2]!)]);
    expect(headings).toEqual(qualities.map((quality) => [quality.id, normal(quality[lang].name)]));
  });

  it.each(langs)('%s: the figure strings figure.qualities.1..7 are the names', (lang) => {
    expect(qualities.map((quality) => normal(strings[lang][`figure.qualities.${quality.id}`] ?? ''))).toEqual(names(lang).map(normal));
  });

  it.each(langs)('%s: the kit names every quality in its opening and its paper scan as concepts.ts does', (lang) => {
    const body = normal(page(pathFor(lang, 'werkvormen/gesprek-zeven-kwaliteiten.mdx')).body);
    for (const quality of qualities) {
      expect(body, `paper scan row ${quality.id}`).toContain(`| ${quality.id}. ${normal(quality[lang].name)} |`);
      expect(body.toLowerCase(), `opening names quality ${quality.id}`).toContain(normal(quality[lang].name).toLowerCase());
    }
  });

  it.each(langs)('%s: the paper scan uses the online scan’s scale, scale labels and perspectives', (lang) => {
    const kit = normal(page(pathFor(lang, 'werkvormen/gesprek-zeven-kwaliteiten.mdx')).body);
    const points = descriptors[lang].map((_, index) => index + 1).join(' ');
    for (const quality of qualities) expect(kit).toMatch(new RegExp(`\\| ${quality.id}\\. [^|]+ \\| ${points} \\| ${points} \\|`));
    descriptors[lang].forEach((label, index) => expect(kit).toContain(`${index + 1} = ${label}`));
    const header = lang === 'nl' ? 'Kwaliteit' : 'Quality';
    const columns = [strings[lang]['qualitiesScan.zelf'], strings[lang]['qualitiesScan.team']];
    expect(kit).toContain(`| ${header} | ${columns.join(' | ')} |`);
  });

  it('the online scan takes its short labels from concepts.ts', () => {
    expect(scanQualities).toEqual(qualities.map((quality) => ({ id: quality.id, nl: quality.nl.short, en: quality.en.short })));
  });

  it.each(langs)('%s: every short label is a shortening of the name (each of its words occurs in the name)', (lang) => {
    for (const quality of qualities) {
      const words = normal(quality[lang].name).toLowerCase().split(/[^\p{L}']+/u);
      const shortWords = quality[lang].short.toLowerCase().split(/[^\p{L}']+/u).filter(Boolean);
      expect(shortWords.filter((word) => !words.includes(word)), quality[lang].short).toEqual([]);
    }
  });

  /** A text with every correct name (both languages) taken out, lowercase. */
  const withoutNames = (text: string) => {
    let rest = normal(text).toLowerCase();
    for (const lang of langs) for (const name of names(lang)) rest = rest.split(normal(name).toLowerCase()).join(' … ');
    return rest;
  };
  const drifts = [...qualityDrift.nl, ...qualityDrift.en];

  it('no page under content/ uses a drifted quality name', () => {
    const found = pages.flatMap((contentPage) => {
      const rest = withoutNames(`${JSON.stringify(contentPage.data)}\n${contentPage.body}`);
      return drifts.filter((drift) => rest.includes(normal(drift).toLowerCase())).map((drift) => `${contentPage.path}: “${drift}”`);
    });
    expect(found).toEqual([]);
  });

  it.each(langs)('%s: no UI string uses a drifted quality name', (lang) => {
    const found = Object.entries(strings[lang]).flatMap(([key, value]) =>
      drifts.filter((drift) => withoutNames(value).includes(normal(drift).toLowerCase())).map((drift) => `${key}: “${drift}”`),
    );
    expect(found).toEqual([]);
  });
});

describe('the four forms', () => {
  it.each(langs)('%s: the module heads each form with its name and its cell, as concepts.ts gives them', (lang) => {
    const body = page(pathFor(lang, 'modules/vier-vormen.mdx')).body;
    const headings = [...body.matchAll(/^### (.+)$/gm)].map((match) => normal(match[1]!));
    for (const form of forms) expect(headings).toContain(`${form[lang].short} (${form[lang].cell})`);
  });
});

describe('conditions and obstacles', () => {
  it('every statement of the conditions scan is about a condition or obstacle named in concepts.ts', () => {
    const known = new Set<string>([...conditions.map((condition) => condition.id), ...obstacles.flatMap((obstacle) => obstacle.parts.map((part) => part.id))]);
    expect(conditionStatements.map((statement) => statement.id).filter((id) => !known.has(id))).toEqual([]);
    expect(conditions.map((condition) => condition.id).filter((id) => !conditionStatements.some((statement) => statement.id === id))).toEqual([]);
  });
});

describe('the DIKW steps', () => {
  it.each(langs)('%s: the figure strings name the four steps of concepts.ts, in order', (lang) => {
    const keys = ['data', 'information', 'knowledge', 'wisdom'];
    const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
    expect(keys.map((key) => strings[lang][`figure.dikw.${key}`])).toEqual(dikwSteps.map((step) => capital(step[lang])));
  });
});
