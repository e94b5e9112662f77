import { describe, expect, it } from 'vitest';
import { audienceRoutes, isAudienceRoute } from '../../src/course/course';
import { sidebar } from '../../src/course/sidebar';
import { contentPages, isEnglish, isKit, isModule, type ContentPage } from './pages';

const pages = contentPages();
const slugOf = (page: ContentPage) => page.path.replace(/^(en\/)?(modules\/|werkvormen\/)?|\.mdx?$/g, '');
const minutesOf = (list: ContentPage[]) => new Map(list.map((page) => [slugOf(page), page.data['minutes'] as number]));
const moduleMinutes = minutesOf(pages.filter((page) => isModule(page) && !isEnglish(page)));
const kitMinutes = minutesOf(pages.filter((page) => isKit(page) && !isEnglish(page)));

/** Which audience each landing page is for (the ids of the frontmatter field `audiences`). */
const routeAudience: Record<string, string> = {
  'voor-lerarenopleiders': 'lerarenopleider',
  'voor-schoolleiders': 'schoolleider',
  'voor-leraren': 'leraar',
};

const words = {
  nl: { reading: /^\*\*Leestijd: (\d+) minuten\.\*\*$/m, minutes: 'minuten', week: 'Week', parts: ['Lezen', 'Oefening', 'Opdracht', 'Bijeenkomst'] },
  en: { reading: /^\*\*Reading time: (\d+) minutes\.\*\*$/m, minutes: 'minutes', week: 'Week', parts: ['Reading', 'Exercise', 'Assignment', 'Seminar'] },
};

/** The text under each `##` or `###` heading, up to the next heading of either level. */
function sections(body: string): { heading: string; text: string }[] {
  return body
    .split(/^(?=#{2,3} )/m)
    .filter((part) => /^#{2,3} /.test(part))
    .map((part) => ({ heading: part.slice(0, part.indexOf('\n')).replace(/^#+ /, ''), text: part.slice(part.indexOf('\n') + 1) }));
}

const linked = (text: string, folder: 'modules' | 'werkvormen') =>
  [...text.matchAll(new RegExp(`\\]\\((?:/en)?/${folder}/([a-z-]+)/\\)`, 'g'))].map((match) => match[1]!);

const routePages = pages.filter((page) => isAudienceRoute(slugOf(page)));

describe('the audience landing pages', () => {
  it('exist in both languages, as pages for their own audience', () => {
    expect(routePages.map((page) => page.path)).toEqual(
      [...audienceRoutes.map((slug) => `en/${slug}.mdx`).sort(), ...[...audienceRoutes].sort().map((slug) => `${slug}.mdx`)],
    );
    for (const page of routePages) {
      expect(page.data['kind'], page.path).toBe('page');
      expect(page.data['audiences'], page.path).toEqual([routeAudience[slugOf(page)]]);
    }
  });

  it('are in the sidebar as the first group, before the course themes', () => {
    const first = sidebar[0] as { label: string; items: { slug: string }[] };
    expect(first.label).toBe('Routes');
    expect(first.items.map((item) => item.slug)).toEqual(['voor-lerarenopleiders', 'voor-schoolleiders', 'voor-leraren']);
  });

  it('are linked from the home page in both languages', () => {
    for (const home of pages.filter((page) => /^(en\/)?index\.mdx$/.test(page.path))) {
      const prefix = isEnglish(home) ? '/en' : '';
      const missing = audienceRoutes.filter((slug) => !home.body.includes(`](${prefix}/${slug}/)`));
      expect(missing, home.path).toEqual([]);
    }
  });

  describe.each(routePages.map((page) => [page.path, page] as const))('%s', (_path, page) => {
    const language = isEnglish(page) ? 'en' : 'nl';
    const audience = routeAudience[slugOf(page)]!;

    it('recommends every module written for its audience', () => {
      const forAudience = pages.filter((candidate) => isModule(candidate) && !isEnglish(candidate) && (candidate.data['audiences'] as string[]).includes(audience));
      const inRoute = new Set(linked(page.body, 'modules'));
      expect(forAudience.map(slugOf).filter((slug) => !inRoute.has(slug))).toEqual([]);
    });

    it('marks its suggestions as the site’s own', () => {
      expect(page.body).toMatch(language === 'en' ? /suggestion from this site[\s\S]*devised by this\s+site/ : /voorstel van deze site[\s\S]*door deze site\s+bedacht/);
    });

    it('points to Mijn werk', () => {
      expect(page.body).toContain(language === 'en' ? '](/en/mijn-werk/)' : '](/mijn-werk/)');
    });

    it('states reading times that add up the reading times of the modules it links', () => {
      const timed = sections(page.body).filter(({ text }) => words[language].reading.test(text));
      expect(timed.length, 'sections with a reading time').toBeGreaterThanOrEqual(2);
      for (const { heading, text } of timed) {
        const stated = Number(words[language].reading.exec(text)![1]);
        const sum = linked(text, 'modules').reduce((total, slug) => total + moduleMinutes.get(slug)!, 0);
        expect(sum, heading).toBe(stated);
      }
    });

    it('gives each workshop kit it times the duration the kit itself has', () => {
      const timings = [...page.body.matchAll(new RegExp(`\\]\\((?:/en)?/werkvormen/([a-z-]+)/\\)\\s*\\((\\d+) ${words[language].minutes}\\)`, 'g'))];
      for (const [, slug, minutes] of timings) expect(Number(minutes), slug).toBe(kitMinutes.get(slug!));
    });
  });

  describe.each(routePages.filter((page) => slugOf(page) === 'voor-lerarenopleiders').map((page) => [page.path, page] as const))(
    '%s: the course plan',
    (_path, page) => {
      const language = isEnglish(page) ? 'en' : 'nl';
      const weeks = sections(page.body).filter(({ heading }) => heading.startsWith(`${words[language].week} `));

      it('covers four weeks, in order', () => {
        expect(weeks.map(({ heading }) => heading.split(':')[0])).toEqual(['1', '2', '3', '4'].map((n) => `${words[language].week} ${n}`));
      });

      it('gives every week a reading time, modules, exercises, an assignment and a seminar with a workshop kit', () => {
        for (const { heading, text } of weeks) {
          expect(text, heading).toMatch(words[language].reading);
          for (const part of words[language].parts) expect(text, `${heading}: ${part}`).toMatch(new RegExp(`^- \\*\\*${part}`, 'm'));
          expect(linked(text, 'modules').length, heading).toBeGreaterThanOrEqual(2);
          expect(linked(text, 'werkvormen').length, heading).toBe(1);
        }
      });

      it('assigns each module once over the four weeks', () => {
        const assigned = weeks.flatMap(({ text }) => linked(text, 'modules'));
        expect(assigned.length).toBe(new Set(assigned).size);
      });
    },
  );

  describe.each(routePages.filter((page) => slugOf(page) === 'voor-schoolleiders').map((page) => [page.path, page] as const))(
    '%s: the school year',
    (_path, page) => {
      const language = isEnglish(page) ? 'en' : 'nl';
      const year = sections(page.body).find(({ heading }) => heading === (language === 'en' ? 'A school year with your team' : 'Een schooljaar met je team'));

      it('runs every workshop kit for school leaders once, each in its own month', () => {
        expect(year).toBeDefined();
        const forLeaders = pages.filter((kit) => isKit(kit) && !isEnglish(kit) && (kit.data['audiences'] as string[]).includes('schoolleider')).map(slugOf);
        const kits = linked(year!.text, 'werkvormen');
        expect([...kits].sort()).toEqual([...forLeaders].sort());
        const months = [...year!.text.matchAll(/^\d+\. \*\*(\w+):\*\*/gm)].map((match) => match[1]);
        expect(months).toHaveLength(kits.length);
        expect(new Set(months).size).toBe(months.length);
      });
    },
  );
});
