import type { AssignmentBuilder } from './assignment-page';

/** The assignment the tests build: its title and instructions hold what must come through a link unchanged. */
export const title = 'Ēén opdracht — ‘quotes’ & <b>vet</b>';
export const instructions = 'Werk beide modules door.\nLever in vóór de les.';
export const fourForms = 'Vier vormen van teacher leadership';
export const paradox = 'De paradox van formele rollen';

/**
 * Builds the test assignment by keyboard and mouse: Vier vormen without its third question
 * (so that an answer to it is outside the assignment), and all of De paradox. Returns the link.
 */
export async function buildAssignment(builder: AssignmentBuilder): Promise<string> {
  await builder.type('Titel', title);
  await builder.type(/^Instructie voor je studenten/, instructions);
  await builder.page.getByLabel('Inleveren vóór (niet verplicht)').fill('2026-12-18');
  await builder.module(fourForms).click();
  await builder.item(fourForms, /Wat zou er in jouw team moeten veranderen/).click();
  await builder.module(paradox).press('Space');
  return builder.link().inputValue();
}

/** What follows `#a=` in an assignment link: the assignment as JSON (or a text as it stands), in base64url. */
export const payloadOf = (data: unknown) =>
  Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)).toString('base64url');
