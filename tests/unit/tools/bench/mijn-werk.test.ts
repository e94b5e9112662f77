import { describe, expect, it } from 'vitest';
import { FILE_FORMAT, readAnswersFile } from '../../../../src/lib/answers-file';
import { largeStoreAnswers } from '../../../support/large-store';
import { mainThread, manyAnswers } from '../../../../tools/bench/mijn-werk';

describe('mainThread', () => {
  it('takes the longest task since the start and sums each task’s time over 50 ms', () => {
    const tasks = [
      { start: 10, duration: 400 },
      { start: 100, duration: 60 },
      { start: 120, duration: 250 },
      { start: 500, duration: 50 },
    ];
    expect(mainThread(tasks, 100)).toEqual({ longest: 250, blocking: 10 + 200 });
  });

  it('gives nothing blocked when no long task came after the start', () => {
    expect(mainThread([{ start: 10, duration: 400 }], 20)).toEqual({ longest: 0, blocking: 0 });
  });
});

describe('the store the bench and its browser test seed', () => {
  const pages = Array.from({ length: 60 }, (_, n) => `/modules/m${n}/`);
  const answers = largeStoreAnswers(manyAnswers, pages);

  it('holds that many answers over every page, each one the import takes in as it is', () => {
    const file = JSON.stringify({ format: FILE_FORMAT, version: 2, answers, visits: {} });
    const read = readAnswersFile(file);
    expect('ok' in read && read.ok.answers).toEqual(answers);
    expect(Object.keys(answers)).toHaveLength(manyAnswers);
    expect(new Set(Object.values(answers).map((answer) => answer.page))).toEqual(new Set(pages));
  });

  it('has answers of 50 to 2,000 characters and fits the 5 million characters localStorage holds', () => {
    // A scan's text is its ratings and then its note, the answer the reader typed.
    const typed = Object.values(answers).map((answer) => answer.text.replace(/^[\d, ]+\. /, ''));
    const lengths = typed.map((text) => text.length);
    expect(Math.min(...lengths)).toBeGreaterThanOrEqual(50);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(2000);
    expect(Math.max(...lengths)).toBeGreaterThan(1500);
    expect(JSON.stringify({ version: 2, answers, deleted: {}, visits: {} }).length).toBeLessThan(5_000_000);
  });

  it('changes every text, and nothing else, in a variant', () => {
    const variant = largeStoreAnswers(manyAnswers, pages, 1);
    expect(Object.keys(variant)).toEqual(Object.keys(answers));
    expect(Object.entries(variant).every(([id, answer]) => answer.text !== answers[id]!.text)).toBe(true);
    expect(Object.entries(variant).every(([id, answer]) => answer.prompt === answers[id]!.prompt)).toBe(true);
  });
});
