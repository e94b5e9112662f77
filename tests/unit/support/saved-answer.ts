import type { SavedAnswer } from '../../../src/lib/store-data';

/** An answer as the store keeps it, saved on `page` by `widget`; its value is its text. */
export const savedAnswer = (page: string, text: string, widget = 'reflectie-vragen'): SavedAnswer => ({
  value: text,
  text,
  savedAt: '2026-11-20T10:00:00.000Z',
  page,
  prompt: 'Vraag',
  widget,
});

/** An answer as a widget hands it to the store (no time yet): a reflection on the paradox module. */
export const newAnswer = (value: string) => ({
  value,
  text: value,
  page: '/modules/de-paradox/',
  prompt: 'Vraag?',
  widget: 'reflectie-vragen',
});
