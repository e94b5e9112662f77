import { describe, expect, it } from 'vitest';
import { survey } from '../../../../src/widgets/data-naar-wijsheid/five-equal-days';
import {
  numberFormatter,
  surveyChart,
  surveyTotals,
  type ChartWords,
} from '../../../../src/widgets/data-naar-wijsheid/survey';

const words: ChartWords = {
  group: { parents: 'ouders', teachers: 'leerkrachten' },
  chartGroup: '{{group}}: {{responded}} van {{invited}} reageerden ({{rate}} %)',
  chartBar: '{{answer}}: {{count}} ({{share}} %)',
  for: 'voor',
  against: 'tegen',
};
const formatNumber = numberFormatter('nl');

describe('survey totals', () => {
  it('counts who answered and how they answered', () => {
    expect(surveyTotals(survey)).toEqual({ total: 137, favour: 73, against: 64 });
  });
});

describe('survey chart', () => {
  const chart = surveyChart(survey, words, formatNumber, 'nl');

  it('heads each group with its response, capitalised, in the language’s numbers', () => {
    expect(chart.map((group) => group.heading)).toEqual([
      'Ouders: 117 van 180 reageerden (65 %)',
      'Leerkrachten: 20 van 22 reageerden (90,9 %)',
    ]);
  });

  it('gives two bars per group that add up to 100 %', () => {
    const [parents, teachers] = chart;
    expect(parents!.bars).toEqual([
      { kind: 'for', share: 54.7, text: 'Voor: 64 (54,7 %)' },
      { kind: 'against', share: 45.3, text: 'Tegen: 53 (45,3 %)' },
    ]);
    expect(teachers!.bars.map((bar) => bar.share)).toEqual([45, 55]);
  });

  it('writes English numbers on English pages', () => {
    expect(surveyChart(survey, words, numberFormatter('en'), 'en')[1]!.heading).toContain('90.9 %');
  });
});
