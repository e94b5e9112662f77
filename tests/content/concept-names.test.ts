/**
 * One source of truth for names: `src/course/concepts.ts`. These checks fail when a page, a
 * UI string or the scan spells a concept differently from that file.
 */
import { readFileSync, readdirSync } from 'node:fs';
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

/** The figure components, as source: they must read concept names from concepts.ts, not spell them. */
const figureDir = join(import.meta.dirname, '../../src/components/figures');
const figures = readdirSync(figureDir)
  .filter((file) => file.endsWith('.astro'))
  .map((file) => ({ file, source: readFileSync(join(figureDir, file), 'utf8').replace(/\/\*[^]*?\*\/|^\s*\/\/.*$/gm, '') }));
/** Every heading of every page in a language. */
const headings = (lang: Lang) =>
  pages
    .filter((contentPage) => contentPage.path.startsWith('en/') === (lang === 'en'))
    .flatMap((contentPage) => [...contentPage.body.matchAll(/^#{1,6} (.+)$/gm)].map((match) => ({ path: contentPage.path, text: match[1]! })));

describe('the four forms', () => {
  it.each(langs)('%s: the module heads each form with its name and its cell, as concepts.ts gives them', (lang) => {
    const body = page(pathFor(lang, 'modules/vier-vormen.mdx')).body;
    const headings = [...body.matchAll(/^### (.+)$/gm)].map((match) => normal(match[1]!));
    for (const form of forms) expect(headings).toContain(`${form[lang].short} (${form[lang].cell})`);
  });

  /** Any way of writing a form's name: hyphen or space or nothing, any case. */
  const loose = /\b(?:collective[\s-]*role[\s-]*based|role[\s-]*based|community[\s-]*based|initiators)\b/gi;
  const spellings = new Set(forms.flatMap((form) => [form.en.short, form.en.short.charAt(0).toLowerCase() + form.en.short.slice(1)]));
  /** A text without link addresses and attribute values, where ids and anchors (`#community-based`) live. */
  const prose = (text: string) => text.replace(/\]\([^)]*\)/g, ']').replace(/\b(?:id|href)=("[^"]*"|'[^']*')/g, '');
  const misspelt = (where: string, text: string) => [...prose(text).matchAll(loose)].filter((match) => !spellings.has(normal(match[0]))).map((match) => `${where}: “${match[0]}”`);

  it.each(langs)('%s: every page, heading, kit and UI string spells a form as concepts.ts does', (lang) => {
    const found = [
      ...pages.filter((contentPage) => contentPage.path.startsWith('en/') === (lang === 'en')).flatMap((contentPage) => misspelt(contentPage.path, contentPage.body)),
      ...Object.entries(strings[lang]).flatMap(([key, value]) => misspelt(key, value)),
    ];
    expect(found).toEqual([]);
  });

  it('the check finds a misspelt form', () => {
    expect(misspelt('x', 'Community based leiderschap en Role-Based rollen, zie [hier](/begrippen/#collective-role-based).')).toEqual(['x: “Community based”', 'x: “Role-Based”']);
  });
});

describe('the figures', () => {
  const spelled = [
    ...forms.flatMap((form) => [form.nl.short, form.en.short]),
    ...qualities.flatMap((quality) => [quality.nl.name, quality.en.name]),
    ...dikwSteps.flatMap((step) => [step.nl, step.en].map((name) => name.charAt(0).toUpperCase() + name.slice(1))),
  ];

  it.each(figures.map(({ file, source }) => [file, source] as const))('%s spells no concept name itself', (_file, source) => {
    expect(spelled.filter((name) => source.includes(name))).toEqual([]);
  });

  it.each(['VierVormenFiguur.astro', 'DikwFiguur.astro', 'ZevenKwaliteitenFiguur.astro'])('%s reads the names from concepts.ts', (file) => {
    expect(figures.find((figure) => figure.file === file)!.source).toMatch(/from '\.\.\/\.\.\/course\/concepts'/);
  });
});

describe('conditions and obstacles', () => {
  it('every statement of the conditions scan is about a condition or obstacle named in concepts.ts', () => {
    const known = new Set<string>([...conditions.map((condition) => condition.id), ...obstacles.flatMap((obstacle) => obstacle.parts.map((part) => part.id))]);
    expect(conditionStatements.map((statement) => statement.id).filter((id) => !known.has(id))).toEqual([]);
    expect(conditions.map((condition) => condition.id).filter((id) => !conditionStatements.some((statement) => statement.id === id))).toEqual([]);
  });

  it.each(langs)('%s: the scan names each condition as concepts.ts does, and each obstacle by its culture and its part', (lang) => {
    for (const statement of conditionStatements) {
      const factor = normal(statement[lang].factor);
      const condition = conditions.find((candidate) => candidate.id === statement.id);
      if (condition) {
        expect(factor, statement.id).toBe(normal(condition[lang]));
        continue;
      }
      const obstacle = obstacles.find((candidate) => candidate.parts.some((part) => part.id === statement.id))!;
      const part = obstacle.parts.find((candidate) => candidate.id === statement.id)!;
      expect(factor.toLowerCase(), statement.id).toContain(normal(part[lang]).toLowerCase());
      // The culture-wide obstacle is named with the culture; the norms of role-based positions by the norm alone.
      if (obstacle.id === 'individualistische-schoolcultuur') expect(factor.toLowerCase(), statement.id).toContain(normal(obstacle[lang]).toLowerCase().replace(/^(een|an) /, ''));
    }
  });

  it.each(langs)('%s: the overview in Effecten en condities names every condition, obstacle and part as concepts.ts does', (lang) => {
    const body = page(pathFor(lang, 'modules/effecten-en-condities.mdx')).body;
    const table = normal(body.slice(body.search(/^\| (Helpt|Helps) \|/m)).split('\n\n')[0]!).toLowerCase().replace(/\*\*/g, '');
    const named = [...conditions.map((condition) => condition[lang]), ...obstacles.flatMap((obstacle) => [obstacle[lang].replace(/^(Een|An) /, ''), ...obstacle.parts.map((part) => part[lang])])];
    expect(named.filter((name) => !table.includes(normal(name).toLowerCase()))).toEqual([]);
  });
});

describe('the DIKW steps', () => {
  it.each(langs)('%s: the module heads its worked example with the four steps, in order', (lang) => {
    const body = page(pathFor(lang, 'modules/van-data-naar-wijsheid.mdx')).body;
    const steps = [...body.matchAll(/^### (?:Stap|Step) (\d): (\p{L}+)/gmu)].map((match) => [Number(match[1]), match[2]]);
    expect(steps).toEqual(dikwSteps.map((step, index) => [index + 1, step[lang]]));
  });

  it.each(langs)('%s: the kit that uses them names the four steps, in order', (lang) => {
    const kit = normal(page(pathFor(lang, 'werkvormen/van-data-naar-wijsheid.mdx')).body);
    expect(kit).toContain(dikwSteps.map((step) => step[lang]).join(', '));
  });

  it.each(langs)('%s: headings that name a step use its name from concepts.ts', (lang) => {
    const other = lang === 'en' ? 'nl' : 'en';
    // A heading in one language must not name a step by the other language's word (data is both).
    const foreign = dikwSteps.map((step) => step[other]).filter((name) => !dikwSteps.some((step) => step[lang] === name));
    const found = headings(lang).filter(({ text }) => foreign.some((name) => new RegExp(`\\b${name}\\b`, 'i').test(text)));
    expect(found).toEqual([]);
  });
});

