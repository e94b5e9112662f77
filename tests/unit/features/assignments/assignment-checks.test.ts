import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/features/assignments/assignment';
import { checkAssignment } from '../../../../src/features/assignments/assignment-checks';
import { catalogue } from '../../support/assignment-fixtures';

describe('an assignment read from a link', () => {
  it('keeps the usable modules and items and lists the unknown ones by slug and module title', () => {
    const decoded = checkAssignment(
      {
        v: 1,
        t: 'Opdracht',
        m: [
          { s: 'bestaat-niet', q: [0] },
          { s: 'vier-vormen', q: [2, 7, -1, 'x', '0', 1.5, 0, 0], w: ['vier-vormen-sorteren', 'weg'] },
          { s: '<img src=x onerror=alert(1)>' },
          { s: 'de-paradox', w: ['paradox-dilemma'] },
        ],
      },
      catalogue,
    );
    expect(decoded.assignment!.modules).toEqual([
      {
        slug: 'vier-vormen',
        questions: ['vier-vormen#0', 'vier-vormen#2'],
        widgets: ['vier-vormen-sorteren'],
      },
      { slug: 'de-paradox', questions: [], widgets: ['paradox-dilemma'] },
    ]);
    expect(decoded.problems).toEqual([
      { kind: 'unknown-module', slug: 'bestaat-niet' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '8' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“-1”' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“x”' },
      // Text that looks like an index is not one: question 1 exists, so "0" must not read as it.
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“0”' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“1.5”' },
      { kind: 'unknown-widget', module: 'Vier vormen van teacher leadership', id: 'weg' },
      { kind: 'unknown-module', slug: '?' },
    ]);
  });

  it("reads questions by id, in full or by what follows the module set's #, and names an unknown one as it stood", () => {
    const decoded = checkAssignment(
      {
        v: 2,
        t: 'Opdracht',
        m: [{ s: 'vier-vormen', q: ['2', 'vier-vormen#0', '9', 'de-paradox#0', 0, '2'] }],
      },
      catalogue,
    );
    expect(decoded.assignment!.modules).toEqual([
      { slug: 'vier-vormen', questions: ['vier-vormen#0', 'vier-vormen#2'], widgets: [] },
    ]);
    expect(decoded.problems).toEqual([
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“9”' },
      // Another module's question is not this module's, even though the id exists.
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“de-paradox#0”' },
      // A number is no id: not reported as question 1, which exists.
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“0”' },
    ]);
  });

  it('with only unknown modules keeps its title and says no module is left', () => {
    const decoded = checkAssignment({ t: 'Oude opdracht', m: [{ s: 'verdwenen-module' }] }, catalogue);
    expect(decoded.assignment).toEqual({ title: 'Oude opdracht', instructions: '', due: null, modules: [] });
    expect(decoded.problems).toEqual([
      { kind: 'unknown-module', slug: 'verdwenen-module' },
      { kind: 'no-modules' },
    ]);
  });

  it('with fields of the wrong type drops them, says which, and keeps the rest', () => {
    const decoded = checkAssignment(
      { t: { html: '<b>' }, i: 42, d: '2026-02-30', m: [7, { s: 'in-nederland', q: 'alle' }] },
      catalogue,
    );
    expect(decoded.assignment).toEqual({
      title: '',
      instructions: '',
      due: null,
      modules: [{ slug: 'in-nederland', questions: [], widgets: [] }],
    });
    expect(decoded.problems).toEqual([
      { kind: 'bad-field', field: 'title' },
      { kind: 'bad-field', field: 'instructions' },
      { kind: 'bad-field', field: 'due' },
      { kind: 'bad-field', field: 'modules' },
    ]);
    expect(checkAssignment({ t: 'x', m: 'alles' }, catalogue).problems).toEqual([
      { kind: 'bad-field', field: 'modules' },
      { kind: 'no-modules' },
    ]);
  });

  it('with text beyond the limits shortens it and says so', () => {
    const decoded = checkAssignment(
      { t: 'T'.repeat(500), i: 'I'.repeat(1001), m: [{ s: 'in-nederland' }] },
      catalogue,
    );
    expect(decoded.assignment!.title).toHaveLength(LIMITS.title);
    expect(decoded.assignment!.instructions).toHaveLength(LIMITS.instructions);
    expect(decoded.problems).toEqual([
      { kind: 'too-long', field: 'title' },
      { kind: 'too-long', field: 'instructions' },
    ]);
  });

  it('with too many modules or items uses the first and counts the rest', () => {
    const many = { t: 'x', m: Array.from({ length: 40 }, () => ({ s: 'vier-vormen', q: ['0'] })) };
    expect(checkAssignment(many, catalogue).problems).toEqual([{ kind: 'too-many-modules', count: 40 }]);
    const items = {
      t: 'x',
      m: [{ s: 'vier-vormen', q: Array.from({ length: 500 }, (_, index) => String(index + 10)) }],
    };
    const decoded = checkAssignment(items, catalogue);
    expect(decoded.problems).toHaveLength(LIMITS.problems + 1);
    expect(decoded.problems.at(-1)).toEqual({ kind: 'more', count: 500 - LIMITS.problems });
    expect(decoded.assignment!.modules).toEqual([{ slug: 'vier-vormen', questions: [], widgets: [] }]);
  });

  it('with prototype tricks changes nothing', () => {
    const decoded = checkAssignment(
      JSON.parse('{"t":"x","__proto__":{"polluted":true},"m":[{"s":"__proto__"},{"s":"constructor"}]}'),
      catalogue,
    );
    expect(decoded.assignment!.modules).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
