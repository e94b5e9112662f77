import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../../../src/site/glossary/term-matcher';

const find = termMatcher([
  { id: 'teacher-leadership', form: 'Teacher leadership' },
  { id: 'role-based', form: 'Role-based teacher leadership' },
  { id: 'role-based', form: 'role-based' },
  { id: 'regie', form: 'Regie' },
]);

describe('termMatcher', () => {
  it('finds whole words in any case, the longest form first', () => {
    expect(find('Role-based teacher leadership is teacher Leadership met regie.')).toEqual([
      { id: 'role-based', index: 0, text: 'Role-based teacher leadership' },
      { id: 'teacher-leadership', index: 33, text: 'teacher Leadership' },
      { id: 'regie', index: 56, text: 'regie' },
    ]);
  });

  it('finds a term whose words are split over two lines', () => {
    expect(find('over teacher\nleadership')).toEqual([
      { id: 'teacher-leadership', index: 5, text: 'teacher\nleadership' },
    ]);
  });

  it('does not find a term inside another word or a hyphenated compound', () => {
    expect(find('regiefunctie, eindregie, regie-taak en community-role-based')).toEqual([]);
  });

  it('finds nothing without terms', () => {
    expect(termMatcher([])('teacher leadership')).toEqual([]);
  });
});
