import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/lib/answer-store';
import { readAnswersFile, toAnswersFile } from '../../../src/lib/answers-file';
import { copyIdOf, originalIdOf } from '../../../src/lib/conflict-copies';
import { FakeStorage } from '../support/fake-storage';
import { newAnswer } from '../support/saved-answer';

const answer = newAnswer;

/** Two tabs on one storage, each with a clock that moves a minute per operation. */
function twoTabs() {
  const storage = new FakeStorage();
  let minute = 0;
  const now = () => new Date(Date.UTC(2026, 11, 1, 10, minute++));
  return { storage, first: openStore(storage, now), second: openStore(storage, now) };
}

describe('conflict copy ids', () => {
  it('name the answer they copy, and a plain answer is no copy', () => {
    const id = copyIdOf('de-paradox#vraag.2-b', '2026-12-01T10:00:00.000Z');
    expect(id).toBe('kopie#de-paradox.vraag.2-b.1796119200000');
    expect(originalIdOf(id)).toBe('de-paradox#vraag.2-b');
    expect(originalIdOf('de-paradox#0')).toBeNull();
    expect(originalIdOf('kopie#zonder-tijd')).toBeNull();
  });

  it('are answer ids the answers file imports', () => {
    const id = copyIdOf('vier-vormen#eigen-1', '2026-12-01T10:00:00.000Z');
    const file = toAnswersFile(
      { answers: { [id]: { ...answer('x'), savedAt: '2026-12-01T10:00:00.000Z' } }, visits: {} },
      new Date('2026-12-01T11:00:00Z'),
    );
    expect(readAnswersFile(file)).toMatchObject({ ok: { answers: { [id]: { value: 'x' } }, skipped: [] } });
  });
});

describe('saving over a version another tab saved meanwhile', () => {
  it('keeps that version as a copy, whole, beside the new answer, for every tab and a reload', () => {
    const { storage, first, second } = twoTabs();
    second.save('de-paradox#0', answer('uit het tweede tabblad'));
    const other = second.answers()['de-paradox#0']!;
    expect(first.save('de-paradox#0', answer('uit het eerste tabblad'), true)).toEqual({
      kept: true,
      copied: true,
    });
    const copyId = copyIdOf('de-paradox#0', other.savedAt);
    expect(first.answers()[copyId]).toEqual(other);
    expect(first.answers()['de-paradox#0']?.value).toBe('uit het eerste tabblad');
    expect(second.receive(storage.getItem('leiderschap-van-leraren'))).toEqual(
      expect.arrayContaining(['de-paradox#0', copyId]),
    );
    expect(Object.keys(openStore(storage).answers()).sort()).toEqual(['de-paradox#0', copyId]);
  });

  it('makes no copy of a version that says the same, nor when the tab saw the stored version', () => {
    const { first, second } = twoTabs();
    second.save('de-paradox#0', answer('hetzelfde'));
    expect(first.save('de-paradox#0', answer('hetzelfde'), true).copied).toBe(false);
    second.save('de-paradox#0', answer('anders'));
    expect(first.save('de-paradox#0', answer('nieuw')).copied).toBe(false);
    expect(Object.keys(first.answers())).toEqual(['de-paradox#0']);
  });

  it('lets the reader choose the copy; the version it replaces becomes the copy, so the choice can be undone', () => {
    const { storage, first, second } = twoTabs();
    second.save('de-paradox#0', answer('B'));
    first.save('de-paradox#0', answer('A'), true);
    second.receive(storage.getItem('leiderschap-van-leraren'));
    const [copyOfB] = Object.keys(first.answers()).filter((id) => originalIdOf(id));
    const a = first.answers()['de-paradox#0']!;
    expect(first.useCopy(copyOfB!)).toEqual({ kept: true });
    const answers = first.answers();
    expect(answers['de-paradox#0']?.value).toBe('B');
    expect(answers[copyOfB!]).toBeUndefined();
    expect(answers[copyIdOf('de-paradox#0', a.savedAt)]).toEqual(a);
    // The other tab, which knew the copy, lets it go too.
    second.receive(storage.getItem('leiderschap-van-leraren'));
    expect(second.answers()).toEqual(answers);
  });
});
