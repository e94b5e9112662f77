import { fromTemplate, part } from '../runtime/dom';

/**
 * Fills a table of `ExpertisePrint.astro` (`[data-print="<table>"]`) with one row per list
 * of cell texts, cloned from its `<template data-print-row>`. An empty list prints as blank
 * rows to write on, as without JavaScript.
 */
export function printRows(root: HTMLElement, table: 'members' | 'questions', rows: string[][]) {
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
