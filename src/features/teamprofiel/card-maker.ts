import { dataLabel } from '../../widgets/runtime/data-label';
import { download } from '../../widgets/runtime/download';
import { part, parts } from '../../widgets/runtime/parts';
import type { Rating } from '../../widgets/rating/rating-scale';
import { fillIn } from '../../lib/fill-in';
import type { CardMakerLabel } from './card-maker-labels';

/**
 * Wires a scan's `TeamCardMaker.astro` part: its buttons make a team card of `ratings()` as a
 * code (shown selected, to copy) or a file. One random id per page load, so that a code and a
 * file made together count as one card; a card made after a reload is a new one. The card's
 * formats load at the first click (`card-making.ts`); if they cannot, the status line says so.
 */
export function wireCardMaker(
  section: HTMLElement,
  ratings: () => Record<string, Rating>,
  say: (text: string) => void,
) {
  const scan = section.dataset['teamCard'];
  if (!scan) return;
  const labels: Partial<Record<CardMakerLabel, string>> = JSON.parse(section.dataset['labels'] ?? '{}');
  const label = (key: CardMakerLabel) => dataLabel(section, labels, key) ?? '';
  const codeBox = part(section, '[data-team-code]');
  const field = part<HTMLInputElement>(codeBox, 'input');
  let id: string | null = null;

  for (const button of parts<HTMLButtonElement>(section, '[data-team-make]')) {
    button.addEventListener('click', async () => {
      const scores = ratings();
      if (Object.keys(scores).length === 0) {
        say(label('needScores'));
        return;
      }
      const making = await import('./card-making').catch((error: unknown) => {
        console.error(error);
        return null;
      });
      const card = making?.teamCard(scan, id, scores);
      if (!making || !card) {
        say(label('loadFailed'));
        return;
      }
      id = card.id;
      if (button.dataset['teamMake'] === 'file') {
        const file = `teamkaart-${scan}.json`;
        download(file, making.cardFile(card), 'application/json');
        say(fillIn(label('downloaded'), { file }));
        return;
      }
      codeBox.hidden = false;
      field.value = making.encodeCard(card);
      field.focus();
      field.select();
      say(label('codeMade'));
    });
  }
}
