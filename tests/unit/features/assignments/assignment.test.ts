import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  assignmentProgress,
  decodeAssignment,
  encodeAssignment,
  handInAnswers,
  payloadFromHash,
  type Assignment,
  type Catalogue,
} from '../../../../src/features/assignments/assignment';
import {
  handInFile,
  handInFileName,
  handInOutline,
  type HandInLabels,
} from '../../../../src/features/assignment-page/assignment-hand-in';
import { readAnswersFile } from '../../../../src/lib/answers-file';
import type { SavedAnswer } from '../../../../src/lib/store-data';

const catalogue: Catalogue = [
  {
    slug: 'vier-vormen',
    path: '/modules/vier-vormen/',
    title: 'Vier vormen van teacher leadership',
    questions: [
      { id: 'vier-vormen#0', text: 'Welke vorm zie je het meest?' },
      { id: 'vier-vormen#1', text: 'Ken je een initiator?' },
      { id: 'vier-vormen#2', text: 'Wat moet er veranderen?' },
    ],
    widgets: [{ id: 'vier-vormen-sorteren', name: 'Oefening: vier vormen sorteren' }],
  },
  {
    slug: 'de-paradox',
    path: '/modules/de-paradox/',
    title: 'De paradox',
    questions: [{ id: 'de-paradox#0', text: 'Waar legt jouw school het accent?' }],
    widgets: [{ id: 'paradox-dilemma', name: 'Oefening: het paradox-dilemma' }],
  },
  {
    slug: 'in-nederland',
    path: '/modules/in-nederland/',
    title: 'In Nederland',
    questions: [{ id: 'in-nederland#0', text: 'Vraag?' }],
    widgets: [],
  },
];

const assignment: Assignment = {
  title: 'Ēén opdracht — ‘quotes’ & <b>vet</b> 🙂',
  instructions: 'Lees beide modules.\nBeantwoord de vragen <script>alert(1)</script>.',
  due: '2026-12-18',
  modules: [
    { slug: 'vier-vormen', questions: [0, 2], widgets: ['vier-vormen-sorteren'] },
    { slug: 'de-paradox', questions: [], widgets: [] },
  ],
};

/** A payload built by hand, as a tamperer would. */
const raw = (data: unknown) =>
  Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64url');

const saved = (page: string, text: string, widget = 'reflectie-vragen'): SavedAnswer => ({
  value: text,
  text,
  savedAt: '2026-11-20T10:00:00.000Z',
  page,
  prompt: 'Vraag',
  widget,
});

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
      modules: [{ slug: 'in-nederland', questions: [0], widgets: [] }],
    };
    const payload = encodeAssignment(plain);
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toEqual({
      v: 1,
      t: 'Kort',
      m: [{ s: 'in-nederland', q: [0] }],
    });
    expect(decodeAssignment(payloadFromHash(`#a=${payload}`), catalogue).assignment).toEqual(plain);
  });

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
        questions: [0, 1, 2, 3, 4, 5],
        widgets: ['een-oefening-met-een-id'],
      })),
    };
    expect(encodeAssignment(full).length).toBeLessThanOrEqual(LIMITS.payload);
  });
});

describe('a hostile or broken link', () => {
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
    expect(decodeAssignment(raw({ v: 2, t: 'x', m: [] }), catalogue).problems).toEqual([
      { kind: 'newer-version' },
    ]);
    for (const v of [0, '1', null, 1.5, undefined]) {
      expect(decodeAssignment(raw({ v, t: 'x', m: [] }), catalogue).problems, String(v)).toEqual([
        { kind: 'unknown-version' },
      ]);
    }
  });

  it('keeps the usable modules and items and lists the unknown ones by slug and module title', () => {
    const decoded = decodeAssignment(
      raw({
        v: 1,
        t: 'Opdracht',
        m: [
          { s: 'bestaat-niet', q: [0] },
          { s: 'vier-vormen', q: [2, 7, -1, 'x', 0, 0], w: ['vier-vormen-sorteren', 'weg'] },
          { s: '<img src=x onerror=alert(1)>' },
          { s: 'de-paradox', w: ['paradox-dilemma'] },
        ],
      }),
      catalogue,
    );
    expect(decoded.assignment!.modules).toEqual([
      { slug: 'vier-vormen', questions: [0, 2], widgets: ['vier-vormen-sorteren'] },
      { slug: 'de-paradox', questions: [], widgets: ['paradox-dilemma'] },
    ]);
    expect(decoded.problems).toEqual([
      { kind: 'unknown-module', slug: 'bestaat-niet' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', index: '7' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', index: '-1' },
      { kind: 'unknown-question', module: 'Vier vormen van teacher leadership', index: 'x' },
      { kind: 'unknown-widget', module: 'Vier vormen van teacher leadership', id: 'weg' },
      { kind: 'unknown-module', slug: '?' },
    ]);
  });

  it('with only unknown modules keeps its title and says no module is left', () => {
    const decoded = decodeAssignment(
      raw({ v: 1, t: 'Oude opdracht', m: [{ s: 'verdwenen-module' }] }),
      catalogue,
    );
    expect(decoded.assignment).toEqual({ title: 'Oude opdracht', instructions: '', due: null, modules: [] });
    expect(decoded.problems).toEqual([
      { kind: 'unknown-module', slug: 'verdwenen-module' },
      { kind: 'no-modules' },
    ]);
  });

  it('with fields of the wrong type drops them, says which, and keeps the rest', () => {
    const decoded = decodeAssignment(
      raw({ v: 1, t: { html: '<b>' }, i: 42, d: '2026-02-30', m: [7, { s: 'in-nederland', q: 'alle' }] }),
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
    expect(decodeAssignment(raw({ v: 1, t: 'x', m: 'alles' }), catalogue).problems).toEqual([
      { kind: 'bad-field', field: 'modules' },
      { kind: 'no-modules' },
    ]);
  });

  it('with text beyond the limits shortens it and says so', () => {
    const decoded = decodeAssignment(
      raw({ v: 1, t: 'T'.repeat(500), i: 'I'.repeat(1001), m: [{ s: 'in-nederland' }] }),
      catalogue,
    );
    expect(decoded.assignment!.title).toHaveLength(LIMITS.title);
    expect(decoded.assignment!.instructions).toHaveLength(LIMITS.instructions);
    expect(decoded.problems).toEqual([
      { kind: 'too-long', field: 'title' },
      { kind: 'too-long', field: 'instructions' },
    ]);
  });

  it('with too many modules or items uses the first and counts the rest, within the size limit', () => {
    const many = raw({ v: 1, t: 'x', m: Array.from({ length: 40 }, () => ({ s: 'vier-vormen', q: [0] })) });
    expect(decodeAssignment(many, catalogue).problems).toEqual([{ kind: 'too-many-modules', count: 40 }]);
    const items = raw({
      v: 1,
      t: 'x',
      m: [{ s: 'vier-vormen', q: Array.from({ length: 500 }, (_, index) => index + 10) }],
    });
    const decoded = decodeAssignment(items, catalogue);
    expect(decoded.problems).toHaveLength(LIMITS.problems + 1);
    expect(decoded.problems.at(-1)).toEqual({ kind: 'more', count: 500 - LIMITS.problems });
    expect(decoded.assignment!.modules).toEqual([{ slug: 'vier-vormen', questions: [], widgets: [] }]);
  });

  it('with prototype tricks changes nothing', () => {
    const decoded = decodeAssignment(
      raw('{"v":1,"t":"x","__proto__":{"polluted":true},"m":[{"s":"__proto__"},{"s":"constructor"}]}'),
      catalogue,
    );
    expect(decoded.assignment!.modules).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('progress and hand-in', () => {
  const answers: Record<string, SavedAnswer> = {
    'vier-vormen#0': saved('/modules/vier-vormen/', 'De initiator.'),
    'vier-vormen#1': saved('/modules/vier-vormen/', 'Niet gevraagd, dus niet ingeleverd.'),
    'vier-vormen#2': saved('/en/modules/vier-vormen/', '   '),
    'vier-vormen-sorteren#kaart-1': saved(
      '/modules/vier-vormen/',
      'Kaart 1: formeel',
      'vier-vormen-sorteren',
    ),
    'vier-vormen-sorteren-oud#x': saved('/modules/vier-vormen/', 'Een andere set', 'andere-widget'),
    'de-paradox#0': saved('/modules/de-paradox/', 'Buiten de opdracht.'),
  };

  it('counts answered questions, used widgets and visited reading-only modules', () => {
    const progress = assignmentProgress(assignment, catalogue, answers, {
      '/en/modules/de-paradox/': '2026-11-20T09:00:00.000Z',
    });
    expect(
      progress.modules.map((module) => module.items.map(({ kind, id, done }) => ({ kind, id, done }))),
    ).toEqual([
      [
        { kind: 'question', id: 'vier-vormen#0', done: true },
        { kind: 'question', id: 'vier-vormen#2', done: false },
        { kind: 'widget', id: 'vier-vormen-sorteren', done: true },
      ],
      [{ kind: 'read', id: 'de-paradox', done: true }],
    ]);
    expect(progress.modules[0]!.items[0]!.label).toBe('Welke vorm zie je het meest?');
    expect([progress.done, progress.total]).toEqual([3, 4]);
    expect(assignmentProgress(assignment, catalogue, {}).done).toBe(0);
  });

  it('hands in exactly the assignment’s answers: no other question, set or module, and no empty answer', () => {
    expect(Object.keys(handInAnswers(assignment, catalogue, answers))).toEqual([
      'vier-vormen#0',
      'vier-vormen-sorteren#kaart-1',
    ]);
  });

  const labels: HandInLabels = {
    student: 'Naam: {{name}}',
    due: 'Inleveren vóór {{date}}',
    progress: '{{done}} van {{total}} onderdelen gedaan',
    exportedOn: 'Gemaakt op {{date}}',
    savedOn: 'Bewaard op {{date}}',
    otherPage: 'Andere pagina: {{path}}',
    empty: 'Nog geen antwoorden.',
  };

  it('outlines the hand-in with the title, the student’s name, due date and progress, then the answers per module', () => {
    const blocks = handInOutline(
      assignment,
      catalogue,
      answers,
      'Sam de Vries',
      labels,
      'nl',
      new Date('2026-11-23T12:00:00Z'),
    );
    expect(blocks.map((block) => `${block.kind}: ${block.text}`)).toEqual([
      `title: ${assignment.title}`,
      'note: Naam: Sam de Vries',
      'note: Inleveren vóór 18 december 2026',
      'note: 2 van 4 onderdelen gedaan',
      'note: Gemaakt op 23 november 2026',
      'heading: Vier vormen van teacher leadership',
      'question: Vraag',
      'answer: De initiator.',
      'note: Bewaard op 20 november 2026',
      'question: Vraag',
      'answer: Kaart 1: formeel',
      'note: Bewaard op 20 november 2026',
    ]);
  });

  it('makes a JSON file that Mijn werk can import, with the assignment and the student', () => {
    const file = handInFile(assignment, catalogue, answers, ' Sam ', new Date('2026-11-23T12:00:00Z'));
    const parsed = JSON.parse(file);
    expect(parsed.assignment).toEqual(assignment);
    expect(parsed.student).toBe('Sam');
    expect(Object.keys(parsed.answers)).toEqual(['vier-vormen#0', 'vier-vormen-sorteren#kaart-1']);
    const imported = readAnswersFile(file);
    expect('ok' in imported && Object.keys(imported.ok.answers)).toEqual([
      'vier-vormen#0',
      'vier-vormen-sorteren#kaart-1',
    ]);
  });

  it('names the files after the assignment and the student, in plain letters', () => {
    expect(
      handInFileName(
        'Ēén opdracht — ‘quotes’ & <b>',
        'Zoë O’Brien',
        'docx',
        new Date('2026-11-23T12:00:00Z'),
      ),
    ).toBe('opdracht-een-opdracht-quotes-b-zoe-o-brien-2026-11-23.docx');
    expect(handInFileName('???', '', 'json', new Date('2026-11-23T12:00:00Z'))).toBe(
      'opdracht-2026-11-23.json',
    );
  });
});
