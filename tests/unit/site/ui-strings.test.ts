import { describe, expect, it } from 'vitest';
import { uiStrings } from '../../../src/site/ui-strings';
import english from '../../../src/content/i18n/en.json';

describe('UI strings', () => {
  it('English translates every Dutch string', () => {
    expect(uiStrings.safeParse(english).error?.issues ?? []).toEqual([]);
  });

  it('reports a missing or empty translation by its key', () => {
    const { ['module.goals']: _dropped, ...incomplete } = english;
    const issues = uiStrings.safeParse({ ...incomplete, 'vignette.label': '' }).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['module.goals', 'vignette.label']);
  });

  it('English has no strings that Dutch lacks', () => {
    expect(Object.keys(english).filter((key) => !(key in uiStrings.shape))).toEqual([]);
  });
});
