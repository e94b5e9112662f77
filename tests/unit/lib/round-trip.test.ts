/**
 * Every file the site writes and re-imports brings back exactly what it holds, for any text
 * a reader can type or paste and any page URL the site can be opened under: export → import
 * → export is identical. The files pass through UTF-8, as `Blob` and `File.text()` take them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handInFile } from '../../../src/features/assignment-page/assignment-hand-in';
import { handInAnswers } from '../../../src/features/assignments/assignment-answers';
import { openStore, type StorageLike } from '../../../src/lib/answer-store';
import { readAnswersFile, toAnswersFile } from '../../../src/lib/answers-file';
import { pagePathOf } from '../../../src/lib/site-path';
import { STORE_KEY, type JsonValue, type SavedAnswer } from '../../../src/lib/store-data';
import { assignment, catalogue } from '../support/assignment-fixtures';

/** Fixed, so that a failure is the same on every run; the run count keeps the file under ~5 s. */
const runs = { seed: 15, numRuns: 40 };
const now = new Date('2026-11-22T10:00:00.000Z');

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
}

/** One character or so of what a reader can type or paste. */
const unit = fc.oneof(
  // text that looks like markup, and JSON's own special characters
  fc.constantFrom('<', '>', '<!--', '-->', 'javascript:', '<script>', '</textarea>', '&lt;', '"', '\\', '//'),
  // control characters, line and paragraph separators
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u007f', '\u2028', '\u2029', '\r\n', '\ufeff', '\ufffe', '\uffff'),
  // lone surrogates
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  // any code point of any plane
  fc.integer({ min: 0, max: 0x10ffff }).map((point) => String.fromCodePoint(point)),
);
const shortText = fc.string({ unit, maxLength: 30 });
/** Up to 200,000 code units: a pattern repeated, cut anywhere (inside a surrogate pair too). */
const longText = fc
  .tuple(fc.string({ unit, minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 200_000 }))
  .map(([pattern, length]) => pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length));
const text = fc.oneof({ weight: 20, arbitrary: shortText }, { weight: 1, arbitrary: longText });

const value: fc.Arbitrary<JsonValue> = fc.oneof(
  text,
  fc.array(text, { maxLength: 4 }),
  fc.dictionary(
    shortText,
    fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
    { maxKeys: 4 },
  ),
);

/** A page of the site as the browser may name it: with or without the base, `index.html` or the final slash. */
const page = fc
  .tuple(
    fc.constantFrom('/', '/teacher-leadership/'),
    fc.array(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { maxLength: 3 }),
    fc.constantFrom('/', '/index.html', ''),
  )
  .map(([base, folders, end]) =>
    pagePathOf(folders.length ? `${base}${folders.join('/')}${end}` : `${base}${end.slice(1)}`, base),
  );

const time = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: now, noInvalidDate: true })
  .map((date) => date.toISOString());

const answer: fc.Arbitrary<SavedAnswer> = fc.record({
  value,
  text,
  savedAt: time,
  page,
  prompt: text,
  widget: fc.constantFrom('reflectie-vragen', 'vier-vormen-sorteren', 'zeven-kwaliteiten-scan', 'a-b'),
});
const answerId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}#[a-z0-9][a-z0-9.-]{0,8}$/);
const answers = fc.dictionary(answerId, answer, { maxKeys: 5 });
const visits = fc.dictionary(page, time, { maxKeys: 4 });

/** The file as a download writes it and an import reads it back: UTF-8, with its size in bytes. */
function throughFile(content: string): [string, number] {
  const bytes = new TextEncoder().encode(content);
  return [new TextDecoder().decode(bytes), bytes.length];
}

/** What importing `file` into an empty store and exporting again writes. */
function reexport(file: string): string {
  const read = readAnswersFile(...throughFile(file));
  if (!('ok' in read)) throw new Error(`refused: ${JSON.stringify(read)}`);
  expect(read.ok.skipped).toEqual([]);
  const store = openStore(new MemoryStorage(), () => now);
  store.put(read.ok.answers, read.ok.visits);
  return toAnswersFile({ answers: store.answers(), visits: store.visits() }, now);
}

describe('export → import → export', () => {
  it('is identical for the JSON export', () => {
    fc.assert(
      fc.property(answers, visits, (given, visited) => {
        const store = openStore(new MemoryStorage(), () => now);
        store.put(given, visited);
        const exported = toAnswersFile({ answers: store.answers(), visits: store.visits() }, now);
        expect(reexport(exported)).toBe(exported);
      }),
      runs,
    );
  });

  it('is identical for the hand-in of an assignment', () => {
    const handedIn = fc.record({
      'vier-vormen#0': answer,
      'vier-vormen#2': answer,
      'vier-vormen-sorteren#kaart-1': answer,
    });
    fc.assert(
      fc.property(handedIn, text, (given, student) => {
        const file = handInFile(assignment, catalogue, given, student, now);
        const expected = toAnswersFile(
          { answers: handInAnswers(assignment, catalogue, given), visits: {} },
          now,
        );
        expect(reexport(file)).toBe(expected);
      }),
      runs,
    );
  });

  it('brings back every readable answer of a damaged store, and of the copy set aside from it', () => {
    fc.assert(
      fc.property(answers, visits, answerId, (given, visited, damagedId) => {
        fc.pre(!(damagedId in given));
        const storage = new MemoryStorage();
        const damaged = JSON.stringify({
          version: 2,
          answers: { ...given, [damagedId]: { value: 'geen tijd' } },
          deleted: {},
          visits: visited,
        });
        storage.items.set(STORE_KEY, damaged);
        const store = openStore(storage, () => now);
        const expected = toAnswersFile({ answers: given, visits: visited }, now);
        expect(toAnswersFile({ answers: store.answers(), visits: store.visits() }, now)).toBe(expected);
        // The whole store as an older version set it aside: its readable answers import.
        const old = readAnswersFile(...throughFile(damaged));
        if (Object.keys(given).length === 0) expect(old).toEqual({ error: 'bad-shape', where: damagedId });
        else {
          expect(old).toMatchObject({ ok: { skipped: [damagedId] } });
          if ('ok' in old) expect(toAnswersFile(old.ok, now)).toBe(expected);
        }
        // The copy this version sets aside holds the damaged answer alone, as it was.
        const copy = [...storage.items].find(([key]) => key.startsWith(`${STORE_KEY}:apart:`))?.[1];
        expect(JSON.parse(copy!).answers).toEqual({ [damagedId]: { value: 'geen tijd' } });
      }),
      runs,
    );
  });
});
