import { describe, expect, it } from 'vitest';
import { planSteps } from '../../../../src/features/presenter/plan-steps';

describe("a kit's plan as steps", () => {
  it('reads each row as minutes, name and what happens, with the spacing of the page collapsed', () => {
    expect(
      planSteps([
        ['5', 'Opening', 'Je noemt  het doel.'],
        [' 10 ', 'Gesprek', 'Het team\n bespreekt de vragen.'],
      ]),
    ).toEqual({
      steps: [
        { minutes: 5, title: 'Opening', text: 'Je noemt het doel.' },
        { minutes: 10, title: 'Gesprek', text: 'Het team bespreekt de vragen.' },
      ],
    });
  });

  it('refuses a plan of fewer than two steps', () => {
    expect(planSteps([['5', 'Opening', 'Tekst']])).toEqual({ problem: expect.stringContaining('1 steps') });
    expect(planSteps([])).toHaveProperty('problem');
  });

  it.each([
    ['no minutes', ['', 'Opening', 'Tekst']],
    ['zero minutes', ['0', 'Opening', 'Tekst']],
    ['minutes in words', ['tien', 'Opening', 'Tekst']],
    ['a fraction', ['7.5', 'Opening', 'Tekst']],
    ['no name', ['5', ' ', 'Tekst']],
    ['no description', ['5', 'Opening']],
  ])('refuses a row with %s, naming the row', (_, row) => {
    expect(planSteps([['5', 'Opening', 'Tekst'], row])).toEqual({
      problem: expect.stringContaining('row 2'),
    });
  });
});
