/** A plan of three steps for the presenter's unit tests, and a minute in ms. */
export const steps = [
  { minutes: 5, title: 'Opening', text: 'a' },
  { minutes: 10, title: 'Gesprek', text: 'b' },
  { minutes: 1, title: 'Afronding', text: 'c' },
];
export const minute = 60_000;
