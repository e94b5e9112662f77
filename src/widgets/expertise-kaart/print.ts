import { fromTemplate } from '../runtime/dom';
import { part } from '../runtime/parts';
import type { Member, MemberMatch, Question, QuestionMatches } from './matching';

/**
 * Fills a table of `ExpertisePrint.astro` (`[data-print="<table>"]`) with one row per list
 * of cell texts, cloned from its `<template data-print-row>`. An empty list prints as blank
 * rows to write on, as without JavaScript.
 */
function printRows(root: HTMLElement, table: 'members' | 'questions', rows: string[][]) {
  const body = part(root, `[data-print="${table}"]`);
  const template = part<HTMLTemplateElement>(root, `[data-print-row="${table}"]`);
  const blanks = Number(body.dataset['blankRows'] ?? 0);
  const filled = rows.length > 0 ? rows : Array.from({ length: blanks }, (): string[] => []);
  body.replaceChildren(
    ...filled.map((cells) => {
      const row = fromTemplate(template);
      row.querySelectorAll('td').forEach((cell, index) => (cell.textContent = cells[index] ?? ''));
      return row;
    }),
  );
}

/** The map as printed: the team, the questions with who matches (`describe`), and who matches nothing. */
export function printMap(
  root: HTMLElement,
  map: { members: Member[]; questions: Question[]; matches: QuestionMatches[]; unmatched: string[] },
  describe: (match: MemberMatch) => string,
) {
  printRows(
    root,
    'members',
    map.members.map((member) => [member.name, member.expertise.join(', '), member.affinity.join(', ')]),
  );
  printRows(
    root,
    'questions',
    map.questions.map((question, index) => {
      const { lead = [], contribute = [] } = map.matches[index] ?? {};
      const people = (found: MemberMatch[]) => found.map(describe).join('; ');
      return [question.question, question.keywords.join(', '), people(lead), people(contribute)];
    }),
  );
  const heading = part(root, '[data-unmatched-block] h4').textContent ?? '';
  part(root, '[data-print="unmatched"]').textContent =
    map.unmatched.length > 0 ? `${heading}: ${map.unmatched.join(', ')}` : '';
}
