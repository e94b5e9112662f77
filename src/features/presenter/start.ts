/**
 * What a kit page loads for its presenter view: kit pages are text pages, and most of their
 * readers never present. The view's own code (`element.ts`: plan reader, timer, dialog) loads
 * when the reader presses "Presenteren", and at once when this tab was presenting before a
 * reload, so that it resumes where it was. The press is then handed on to the loaded element
 * (within the press's user activation, so full screen still works). Without JavaScript the
 * button stays hidden.
 */
import { part } from '../../widgets/runtime/parts';
import type { PresenterLabel } from './labels';
import { positionKey } from './position-key';

const presenter = document.querySelector<HTMLElement>('kit-presenter');
if (presenter) {
  const load = () => import('./element');
  let presenting = false;
  try {
    presenting = sessionStorage.getItem(positionKey(presenter.dataset['kit'] ?? location.pathname)) !== null;
  } catch {
    // Storage blocked: nothing to resume.
  }
  if (presenting) void load().catch((error: unknown) => console.error(error));
  else {
    const open = part<HTMLButtonElement>(presenter, '[data-open]');
    part(presenter, '[data-start]').hidden = false;
    open.addEventListener(
      'click',
      () => {
        load().then(
          () => open.click(),
          (error: unknown) => {
            console.error(error);
            const labels = JSON.parse(presenter.dataset['labels'] ?? '{}') as Record<PresenterLabel, string>;
            part(presenter, '#presenter-intro').textContent = labels.loadFailed;
          },
        );
      },
      { once: true },
    );
  }
}
