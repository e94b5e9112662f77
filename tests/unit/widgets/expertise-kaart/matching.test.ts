import { describe, expect, it } from 'vitest';
import * as matching from '../../../../src/widgets/expertise-kaart/matching';

/** A team member whose id is their name in lower case. */
const member = (name: string, expertise: string[], affinity: string[]): matching.Member => ({
  id: name.toLowerCase(),
  name,
  expertise,
  affinity,
});
const anna = member('Anna', ['begrijpend lezen', 'NT2'], ['muziek']);
const bram = member('Bram', ['rekenen'], ['lezen', 'ICT']);
const carla = member('Carla', ['gedrag'], ['buitenspelen']);
const dirk = member('Dirk', ['Lezen'], ['leesbevordering', 'lezen']);
const reading: matching.Question = {
  id: 'lezen',
  question: 'Begrijpend lezen in de bovenbouw',
  keywords: ['lezen', 'tekstbegrip'],
};

describe('normaliseKeyword', () => {
  it('lowercases the Dutch way, drops accents and the trema, tidies spaces and hyphens', () => {
    expect(matching.normaliseKeyword('  IJsland ')).toBe('ijsland');
    expect(matching.normaliseKeyword('Coöperatief  Leren')).toBe('cooperatief leren');
    expect(matching.normaliseKeyword('NT2-onderwijs')).toBe('nt2 onderwijs');
    expect(matching.normaliseKeyword('ICT/media')).toBe('ict media');
  });
});

describe('parseTags', () => {
  it('splits on commas and semicolons, trims, and drops empties and repeats', () => {
    expect(matching.parseTags(' lezen, NT2 ,, Lezen; rekenen ,')).toEqual(['lezen', 'NT2', 'rekenen']);
  });

  it('gives nothing for blank input', () => {
    expect(matching.parseTags(' , ; ')).toEqual([]);
  });
});

describe('keywordMatches', () => {
  it('matches equal keywords regardless of case, accents and spacing', () => {
    expect(matching.keywordMatches('Coöperatief leren', 'cooperatief  leren')).toBe(true);
  });

  it('matches a keyword found as whole words in a tag, both ways', () => {
    expect(matching.keywordMatches('lezen', 'begrijpend lezen')).toBe(true);
    expect(matching.keywordMatches('begrijpend lezen', 'lezen')).toBe(true);
    expect(matching.keywordMatches('nt2', 'NT2-onderwijs')).toBe(true);
  });

  it('does not match part of a word', () => {
    expect(matching.keywordMatches('ict', 'dictee')).toBe(false);
    expect(matching.keywordMatches('lezen', 'leesbevordering')).toBe(false);
  });

  it('never matches an empty keyword', () => {
    expect(matching.keywordMatches(' ', 'lezen')).toBe(false);
  });
});

describe('matchExpertise', () => {
  it('suggests a lead on expertise, a contribution on affinity alone, and says why', () => {
    const map = matching.matchExpertise([anna, bram, carla], [reading]);
    const [matches] = map.questions;
    expect(matches!.lead).toEqual([
      { memberId: 'anna', expertise: [{ keyword: 'lezen', tag: 'begrijpend lezen' }], affinity: [] },
    ]);
    expect(matches!.contribute).toEqual([
      { memberId: 'bram', expertise: [], affinity: [{ keyword: 'lezen', tag: 'lezen' }] },
    ]);
  });

  it('puts someone with expertise and affinity first, then whoever matches most keywords', () => {
    const eva: matching.Member = {
      id: 'eva',
      name: 'Eva',
      expertise: ['lezen', 'tekstbegrip'],
      affinity: [],
    };
    const map = matching.matchExpertise([anna, eva, dirk], [reading]);
    expect(map.questions[0]!.lead.map((match) => match.memberId)).toEqual(['dirk', 'eva', 'anna']);
  });

  it('names the members matched to no question, in the team’s order', () => {
    const rules: matching.Question = {
      id: 'pauze',
      question: 'Rust op het plein',
      keywords: ['buitenspelen', 'pauze'],
    };
    expect(matching.matchExpertise([anna, bram, carla], [rules]).unmatched).toEqual(['anna', 'bram']);
    expect(matching.matchExpertise([anna, bram, carla], []).unmatched).toEqual(['anna', 'bram', 'carla']);
  });

  it('gives a question without keywords no matches', () => {
    const map = matching.matchExpertise([anna], [{ id: 'leeg', question: 'Iets', keywords: [] }]);
    expect(map.questions[0]).toEqual({ questionId: 'leeg', lead: [], contribute: [] });
  });
});

describe('explainMatch', () => {
  const words = { expertise: 'expertise: {{tags}}', affinity: 'interesse: {{tags}}' };
  const list = (items: string[]) => items.join(', ');

  it('names the member’s own tags that matched, each once', () => {
    const [matches] = matching.matchExpertise([dirk], [reading]).questions;
    expect(matching.explainMatch(matches!.lead[0]!, words, list)).toBe('expertise: Lezen; interesse: lezen');
  });
});

describe('readMembers and readQuestions', () => {
  it('uses what can be used and keeps the rest, untouched, apart', () => {
    const stored = [
      anna,
      { id: 'x', name: 42 },
      'rommel',
      { ...bram, id: 'anna' },
      { ...bram, id: 'Bram!' },
      bram,
    ];
    const { usable, unreadable } = matching.readMembers(stored);
    expect(usable).toEqual([anna, bram]);
    expect(unreadable).toEqual([
      { id: 'x', name: 42 },
      'rommel',
      { ...bram, id: 'anna' },
      { ...bram, id: 'Bram!' },
    ]);
  });

  it('refuses a blank name or tags that are not text', () => {
    expect(
      matching.readMembers([
        { ...anna, name: '  ' },
        { ...bram, expertise: [1] },
      ]).usable,
    ).toEqual([]);
  });

  it('keeps a value that is not a list as one unreadable item, and reads nothing as empty', () => {
    expect(matching.readMembers({ anna })).toEqual({ usable: [], unreadable: [{ anna }] });
    expect(matching.readQuestions(undefined)).toEqual({ usable: [], unreadable: [] });
  });

  it('reads questions with their keywords', () => {
    expect(matching.readQuestions([reading, { id: 'q', question: 'Geen trefwoorden' }])).toEqual({
      usable: [reading],
      unreadable: [{ id: 'q', question: 'Geen trefwoorden' }],
    });
  });
});

describe('summaries', () => {
  const words = { affinity: '(interesse: {{tags}})', none: 'nog niemand' };

  it('lists members with expertise and interests as plain text', () => {
    expect(matching.summariseMembers([anna, { ...carla, affinity: [] }], words)).toBe(
      'Anna: begrijpend lezen, NT2 (interesse: muziek); Carla: gedrag',
    );
    expect(matching.summariseMembers([], words)).toBe('nog niemand');
  });

  it('lists questions with their keywords', () => {
    expect(matching.summariseQuestions([reading, { id: 'q', question: 'Pauzes', keywords: [] }], words)).toBe(
      'Begrijpend lezen in de bovenbouw (lezen, tekstbegrip); Pauzes',
    );
  });
});
