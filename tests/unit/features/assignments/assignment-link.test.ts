import { describe, expect, it } from 'vitest';
import { LIMITS, type Assignment } from '../../../../src/features/assignments/assignment';
import {
  decodeAssignment,
  encodeAssignment,
  payloadFromHash,
} from '../../../../src/features/assignments/assignment-link';
import { assignment, catalogue } from '../../support/assignment-fixtures';

/** A payload built by hand, as a tamperer would. */
const raw = (data: unknown) =>
  Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64url');

describe('encoding and decoding', () => {
  it('round-trips an assignment, non-ASCII and markup-like text included, as plain text', () => {
    const payload = encodeAssignment(assignment);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeAssignment(payload, catalogue)).toEqual({ assignment, problems: [] });
  });

  it('round-trips an assignment without instructions or due date, and reads it back from a link fragment', () => {
    const plain: Assignment = {
      title: 'Kort',
      instructions: '',
      due: null,
      modules: [{ slug: 'in-nederland', questions: ['in-nederland#0'], widgets: [] }],
    };
    const payload = encodeAssignment(plain);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      v: 2,
      t: 'Kort',
      m: [{ s: 'in-nederland', q: ['0'] }],
    });
    expect(decodeAssignment(payloadFromHash(`#a=${payload}`), catalogue).assignment).toEqual(plain);
  });

  it.each(['.', ')', ').', '”.', '>', '%29'])(
    'reads a link pasted into prose with a trailing %s as the link itself',
    (trailing) => {
      const payload = encodeAssignment(assignment);
      const hash = new URL(`https://leiderschap.example/opdracht/#a=${payload}${trailing}`).hash;
      expect(decodeAssignment(payloadFromHash(hash), catalogue)).toEqual(
        decodeAssignment(payload, catalogue),
      );
      expect(decodeAssignment(payloadFromHash(hash), catalogue).problems).toEqual([]);
    },
  );

  it('names modules by slug only, so a renamed module keeps old links working', () => {
    const payload = encodeAssignment(assignment);
    expect(Buffer.from(payload, 'base64url').toString()).not.toContain('Vier vormen van teacher leadership');
    const renamed = catalogue.map((module) => ({
      ...module,
      title: `${module.title} (herzien)`,
      path: `/en${module.path}`,
    }));
    expect(decodeAssignment(payload, renamed)).toEqual({ assignment, problems: [] });
  });

  it("names questions by id, so reordering a module's questions or adding one keeps old links on the same questions", () => {
    const payload = encodeAssignment(assignment);
    const [vierVormen, ...rest] = catalogue;
    const reordered = [
      {
        ...vierVormen!,
        questions: [
          { id: 'vier-vormen#3', text: 'Een nieuwe eerste vraag' },
          ...[...vierVormen!.questions].reverse(),
        ],
      },
      ...rest,
    ];
    const { assignment: read, problems } = decodeAssignment(payload, reordered);
    expect(problems).toEqual([]);
    // The same two questions, in the module's new page order.
    expect(read!.modules[0]!.questions).toEqual(['vier-vormen#2', 'vier-vormen#0']);
    expect(read!.modules.slice(1)).toEqual(assignment.modules.slice(1));
  });

  it('opens a link of version 1, which named questions by their place in the module, on the same questions', () => {
    const version1 = raw({
      v: 1,
      t: 'Oud',
      m: [{ s: 'vier-vormen', q: [2, 0], w: ['vier-vormen-sorteren'] }],
    });
    expect(decodeAssignment(version1, catalogue)).toEqual({
      assignment: {
        title: 'Oud',
        instructions: '',
        due: null,
        modules: [
          {
            slug: 'vier-vormen',
            questions: ['vier-vormen#0', 'vier-vormen#2'],
            widgets: ['vier-vormen-sorteren'],
          },
        ],
      },
      problems: [],
    });
    // Its places stay what they meant then, even where version 2 ids would read the same text.
    const missing = raw({ v: 1, t: 'Oud', m: [{ s: 'vier-vormen', q: [7, 'vier-vormen#1'] }] });
    expect(decodeAssignment(missing, catalogue).problems).toEqual([
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '8' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', question: '“vier-vormen#1”' },
    ]);
  });

  it('cleans control and direction characters and cuts text to the limits when encoding', () => {
    const long: Assignment = {
      ...assignment,
      title: `a\u202Eb\u0007 ${'x'.repeat(200)}`,
      instructions: 'é'.repeat(1500),
    };
    const decoded = decodeAssignment(encodeAssignment(long), catalogue);
    expect(decoded.problems).toEqual([]);
    expect(decoded.assignment!.title).toBe(`ab ${'x'.repeat(LIMITS.title - 3)}`);
    expect(decoded.assignment!.instructions).toBe('é'.repeat(LIMITS.instructions));
  });

  it('keeps the largest assignment the builder can make within the payload limit', () => {
    const full: Assignment = {
      title: '字'.repeat(LIMITS.title),
      instructions: '"\n字'.repeat(LIMITS.instructions / 3),
      due: '2026-12-18',
      modules: Array.from({ length: LIMITS.modules }, (_, index) => ({
        slug: `module-met-een-lange-naam-${index}`,
        questions: [0, 1, 2, 3, 4, 5].map((question) => `module-met-een-lange-naam-${index}#${question}`),
        widgets: ['een-oefening-met-een-id'],
      })),
    };
    expect(encodeAssignment(full).length).toBeLessThanOrEqual(LIMITS.payload);
  });
});

describe('a link that cannot be read', () => {
  it('without an assignment says so', () => {
    expect(decodeAssignment(payloadFromHash(''), catalogue)).toEqual({
      assignment: null,
      problems: [{ kind: 'missing' }],
    });
    expect(decodeAssignment(payloadFromHash('#b=1'), catalogue).problems).toEqual([{ kind: 'missing' }]);
  });

  it.each([
    ['not base64url', '!!!$$$'],
    ['base64 that is not UTF-8', Buffer.from([0xff, 0xfe, 0x00]).toString('base64url')],
    ['not JSON', raw('{"v":1,')],
    ['JSON that is no object', raw([1, 2, 3])],
    ['JSON null', raw('null')],
    ['a single character', 'a'],
    ['percent garbage', '%E0%A4%A'],
  ])('that is %s is malformed', (_, payload) => {
    expect(decodeAssignment(payload, catalogue)).toEqual({
      assignment: null,
      problems: [{ kind: 'malformed' }],
    });
  });

  it('that was cut off while copying is malformed', () => {
    const payload = encodeAssignment(assignment);
    for (const length of [1, 10, payload.length - 7, payload.length - 1]) {
      const decoded = decodeAssignment(payload.slice(0, length), catalogue);
      expect(decoded.assignment, `cut at ${length}`).toBeNull();
      expect(decoded.problems, `cut at ${length}`).toEqual([{ kind: 'malformed' }]);
    }
  });

  it('that is huge is not read at all', () => {
    expect(decodeAssignment('A'.repeat(LIMITS.payload + 1), catalogue)).toEqual({
      assignment: null,
      problems: [{ kind: 'too-large' }],
    });
    expect(decodeAssignment('A'.repeat(5_000_000), catalogue).problems).toEqual([{ kind: 'too-large' }]);
  });

  it('of a newer or unknown version is not guessed at', () => {
    expect(decodeAssignment(raw({ v: 3, t: 'x', m: [] }), catalogue).problems).toEqual([
      { kind: 'newer-version' },
    ]);
    for (const v of [0, '1', null, 1.5, undefined]) {
      expect(decodeAssignment(raw({ v, t: 'x', m: [] }), catalogue).problems, String(v)).toEqual([
        { kind: 'unknown-version' },
      ]);
    }
  });
});
