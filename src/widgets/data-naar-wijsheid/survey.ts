/**
 * The survey as the widget shows it (the article's data and information steps): totals and a
 * chart of for and against per group, in the page's language. Worked out at build time.
 */
import { fillIn } from '../../lib/fill-in';
import { GROUPS, favourShare, responded, responseRate, type GroupId, type Survey } from './norms';

/** Numbers as the widget writes them: at most one decimal, in the page's language. */
export function numberFormatter(lang: string): (n: number) => string {
  const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  return (n) => format.format(n);
}

/** How many answered, and how many of them were in favour. */
export function surveyTotals(survey: Survey) {
  const total = GROUPS.reduce((sum, group) => sum + responded(survey[group]), 0);
  const favour = GROUPS.reduce((sum, group) => sum + survey[group].favour, 0);
  return { total, favour, against: total - favour };
}

/** The words of the chart; templates have `{{blanks}}`. */
export interface ChartWords {
  group: Record<GroupId, string>;
  /** `{{group}} {{responded}} {{invited}} {{rate}}` */
  chartGroup: string;
  /** `{{answer}} {{count}} {{share}}` */
  chartBar: string;
  for: string;
  against: string;
}

export interface ChartBar {
  kind: 'for' | 'against';
  /** The bar's length, in %. */
  share: number;
  text: string;
}

/** Per group a heading and two bars (for, against) that always add up to 100 %. */
export function surveyChart(
  survey: Survey,
  words: ChartWords,
  formatNumber: (n: number) => string,
  lang: string,
) {
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
  const bar = (kind: ChartBar['kind'], count: number, share: number): ChartBar => ({
    kind,
    share,
    text: fillIn(words.chartBar, {
      answer: capitalise(words[kind]),
      count: formatNumber(count),
      share: formatNumber(share),
    }),
  });
  return GROUPS.map((group) => {
    const result = survey[group];
    const forShare = favourShare(result);
    return {
      group,
      heading: fillIn(words.chartGroup, {
        group: capitalise(words.group[group]),
        responded: formatNumber(responded(result)),
        invited: formatNumber(result.invited),
        rate: formatNumber(responseRate(result)),
      }),
      bars: [
        bar('for', result.favour, forShare),
        // The complement, so that the two bars of a group always add up to 100.
        bar('against', result.against, Math.round((100 - forShare) * 10) / 10),
      ],
    };
  });
}
