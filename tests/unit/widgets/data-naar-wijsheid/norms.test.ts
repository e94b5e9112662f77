import { describe, expect, it } from 'vitest';
import {
  decide,
  describeDecision,
  favourShare,
  isNormKey,
  NORM_KEYS,
  normLabels,
  normsFromValue,
  responseRate,
  summariseNorms,
  type DecisionWords,
  type Survey,
} from '../../../../src/widgets/data-naar-wijsheid/norms';

// The site's example: parents 117 of 180 (65 %), 64 for; teachers 20 of 22, 9 for.
const survey: Survey = {
  parents: { invited: 180, favour: 64, against: 53 },
  teachers: { invited: 22, favour: 9, against: 11 },
};

describe('response and favour', () => {
  it('gives the share that responded and the share in favour, rounded down', () => {
    expect(responseRate(survey.parents)).toBe(65);
    expect(responseRate(survey.teachers)).toBe(90.9);
    expect(favourShare(survey.parents)).toBe(54.7);
    expect(favourShare(survey.teachers)).toBe(45);
  });

  it('gives 0 for a group nobody was asked or nobody answered', () => {
    expect(responseRate({ invited: 0, favour: 0, against: 0 })).toBe(0);
    expect(favourShare({ invited: 10, favour: 0, against: 0 })).toBe(0);
  });
});

describe('decide', () => {
  it('rejects on equal weight: 54.7 % and 45 % weigh to 49.8 %, below a simple majority', () => {
    const decision = decide(survey, { minResponse: 50, minFavour: 50, parentWeight: 50 });
    expect(decision.verdict).toBe('reject');
    expect(decision.reasons.at(-1)).toEqual({
      kind: 'favour',
      share: 49.8,
      norm: 50,
      parentWeight: 50,
      met: false,
    });
  });

  it('introduces when parents weigh more', () => {
    expect(decide(survey, { minResponse: 50, minFavour: 50, parentWeight: 60 }).verdict).toBe('introduce');
  });

  it('says the response is insufficient when one counted group falls short, and does not weigh support', () => {
    const decision = decide(survey, { minResponse: 70, minFavour: 0, parentWeight: 50 });
    expect(decision.verdict).toBe('insufficient-response');
    expect(decision.reasons).toEqual([
      { kind: 'response', group: 'parents', responded: 117, invited: 180, rate: 65, norm: 70, met: false },
      { kind: 'response', group: 'teachers', responded: 20, invited: 22, rate: 90.9, norm: 70, met: true },
      { kind: 'favour-skipped' },
    ]);
  });

  it('counts a response equal to the norm as enough (117 of 180 is exactly 65 %)', () => {
    expect(decide(survey, { minResponse: 65, minFavour: 0, parentWeight: 50 }).verdict).toBe('introduce');
    expect(decide(survey, { minResponse: 66, minFavour: 0, parentWeight: 50 }).verdict).toBe(
      'insufficient-response',
    );
  });

  it('counts a share in favour equal to the norm as enough, compared exactly', () => {
    // Teachers alone: 9 of 20 is exactly 45 %.
    expect(decide(survey, { minResponse: 0, minFavour: 45, parentWeight: 0 }).verdict).toBe('introduce');
    expect(decide(survey, { minResponse: 0, minFavour: 46, parentWeight: 0 }).verdict).toBe('reject');
    // 1 in 3 for, 33 % norm: 33.33… % is enough, 34 % is not.
    const third: Survey = {
      parents: { invited: 3, favour: 1, against: 2 },
      teachers: { invited: 3, favour: 1, against: 2 },
    };
    expect(decide(third, { minResponse: 100, minFavour: 33, parentWeight: 50 }).verdict).toBe('introduce');
    expect(decide(third, { minResponse: 100, minFavour: 34, parentWeight: 50 }).verdict).toBe('reject');
  });

  it('leaves a group with weight 0 % out entirely: its response does not count', () => {
    const decision = decide(survey, { minResponse: 80, minFavour: 50, parentWeight: 0 });
    expect(decision.reasons[0]).toEqual({ kind: 'not-counted', group: 'parents' });
    expect(decision.verdict).toBe('reject'); // teachers: 90.9 % responded, 45 % for
    const parentsOnly = decide(survey, { minResponse: 60, minFavour: 54, parentWeight: 100 });
    expect(parentsOnly.reasons[1]).toEqual({ kind: 'not-counted', group: 'teachers' });
    expect(parentsOnly.verdict).toBe('introduce'); // parents: 54.7 % for
  });

  it('cannot weigh a counted group nobody answered, even with a 0 % response norm', () => {
    const silent: Survey = { ...survey, teachers: { invited: 22, favour: 0, against: 0 } };
    const decision = decide(silent, { minResponse: 0, minFavour: 0, parentWeight: 50 });
    expect(decision.verdict).toBe('insufficient-response');
    expect(decision.reasons).toContainEqual({ kind: 'no-response', group: 'teachers', invited: 22 });
    // Weighted out, the silent group does not block the decision.
    expect(decide(silent, { minResponse: 0, minFavour: 0, parentWeight: 100 }).verdict).toBe('introduce');
  });

  it('treats a group nobody was asked as one without response', () => {
    const unasked: Survey = { ...survey, parents: { invited: 0, favour: 0, against: 0 } };
    expect(decide(unasked, { minResponse: 0, minFavour: 0, parentWeight: 50 }).verdict).toBe(
      'insufficient-response',
    );
  });

  it('handles unanimous groups at 0 % and 100 % norms', () => {
    const allFor: Survey = {
      parents: { invited: 10, favour: 10, against: 0 },
      teachers: { invited: 4, favour: 4, against: 0 },
    };
    expect(decide(allFor, { minResponse: 100, minFavour: 100, parentWeight: 30 }).verdict).toBe('introduce');
    const allAgainst: Survey = {
      parents: { invited: 10, favour: 0, against: 10 },
      teachers: { invited: 4, favour: 0, against: 4 },
    };
    expect(decide(allAgainst, { minResponse: 100, minFavour: 0, parentWeight: 30 }).verdict).toBe(
      'introduce',
    );
    expect(decide(allAgainst, { minResponse: 100, minFavour: 1, parentWeight: 30 }).verdict).toBe('reject');
  });
});

describe('normsFromValue', () => {
  it('accepts three whole percentages', () => {
    expect(normsFromValue({ minResponse: 60, minFavour: 55, parentWeight: 50 })).toEqual({
      minResponse: 60,
      minFavour: 55,
      parentWeight: 50,
    });
  });

  it.each([
    null,
    'x',
    [],
    {},
    { minResponse: 60, minFavour: 55 },
    { minResponse: 101, minFavour: 55, parentWeight: 50 },
    { minResponse: 60.5, minFavour: 55, parentWeight: 50 },
    { minResponse: '60', minFavour: 55, parentWeight: 50 },
    { minResponse: -1, minFavour: 55, parentWeight: 50 },
  ])('refuses %j', (value) => {
    expect(normsFromValue(value)).toBeNull();
  });
});

describe('describeDecision', () => {
  const words: DecisionWords = {
    group: { parents: 'ouders', teachers: 'leerkrachten' },
    verdict: {
      introduce: 'invoeren',
      reject: 'niet invoeren',
      'insufficient-response': 'onvoldoende respons',
    },
    verdictLine: 'Met deze normen: {{verdict}}.',
    responseMet: 'Respons {{group}}: {{rate}} % ({{responded}} van {{invited}}), norm {{norm}} %: voldoende.',
    responseShort: 'Respons {{group}}: {{rate}} % ({{responded}} van {{invited}}), norm {{norm}} %: te laag.',
    noResponse: 'Van de {{group}} ({{invited}} gevraagd) reageerde niemand.',
    notCounted: 'De {{group}} tellen niet mee.',
    favourMet:
      'Voor: {{share}} % (ouders {{parentWeight}} %, leerkrachten {{teacherWeight}} %), norm {{norm}} %: genoeg.',
    favourShort:
      'Voor: {{share}} % (ouders {{parentWeight}} %, leerkrachten {{teacherWeight}} %), norm {{norm}} %: te weinig.',
    favourSkipped: 'Draagvlak niet gewogen.',
    summary:
      'Normen: respons ≥ {{minResponse}} %, voor ≥ {{minFavour}} %, ouders {{parentWeight}} %. Besluit: {{verdict}}.',
  };
  const dutchNumber = (n: number) => n.toLocaleString('nl');

  it('spells out every reason in the language’s own number format', () => {
    const norms = { minResponse: 60, minFavour: 50, parentWeight: 50 };
    const described = describeDecision(decide(survey, norms), words, dutchNumber);
    expect(described.headline).toBe('Met deze normen: niet invoeren.');
    expect(described.reasons).toEqual([
      'Respons ouders: 65 % (117 van 180), norm 60 %: voldoende.',
      'Respons leerkrachten: 90,9 % (20 van 22), norm 60 %: voldoende.',
      'Voor: 49,8 % (ouders 50 %, leerkrachten 50 %), norm 50 %: te weinig.',
    ]);
  });

  it('summarises norms and decision in one sentence', () => {
    const norms = { minResponse: 60, minFavour: 54, parentWeight: 100 };
    expect(summariseNorms(norms, decide(survey, norms), words, dutchNumber)).toBe(
      'Normen: respons ≥ 60 %, voor ≥ 54 %, ouders 100 %. Besluit: invoeren.',
    );
  });
});

describe('norm labels', () => {
  const templates = {
    percent: '{{n}} %',
    percentText: '{{n}} procent',
    weight: 'ouders {{parents}} %, leerkrachten {{teachers}} %',
    weightText: 'ouders {{parents}} procent, leerkrachten {{teachers}} procent',
  };
  const label = (key: keyof typeof templates) => templates[key];

  it('says a percentage norm as shown and as spoken', () => {
    expect(normLabels('minResponse', 65, label)).toEqual({ shown: '65 %', spoken: '65 procent' });
    expect(normLabels('minFavour', 0, label)).toEqual({ shown: '0 %', spoken: '0 procent' });
  });

  it('says the weight as both groups’ shares', () => {
    expect(normLabels('parentWeight', 70, label)).toEqual({
      shown: 'ouders 70 %, leerkrachten 30 %',
      spoken: 'ouders 70 procent, leerkrachten 30 procent',
    });
  });

  it('knows the norm keys', () => {
    expect(NORM_KEYS.every(isNormKey)).toBe(true);
    expect(isNormKey('weight')).toBe(false);
  });
});
