/**
 * What a kit page loads for its session recorder: the form is collapsed, and most readers never
 * open it, so the recorder's own code (`element.ts`, with the answer store) loads when the
 * reader opens it; if it cannot, the form's status line says so. A form sent before the code
 * has come is sent again once it has (the element keeps what was typed meanwhile). Without
 * JavaScript the recorder stays hidden: nothing could be saved.
 */
import { part } from '../../../widgets/runtime/parts';
import type { SessionRecorderLabel } from './labels';
import { today } from './today';

for (const recorder of document.querySelectorAll<HTMLElement>('deelname-vastleggen')) {
  recorder.hidden = false;
  let loading: Promise<unknown> | undefined;
  const load = () =>
    (loading ??= import('./element').catch((error: unknown) => {
      console.error(error);
      const labels = JSON.parse(recorder.dataset['labels'] ?? '{}') as Record<SessionRecorderLabel, string>;
      part(recorder, '[data-status]').textContent = labels.loadFailed;
      throw error;
    }));
  part(recorder, 'details').addEventListener(
    'toggle',
    () => {
      // The date is required: set now, a form sent before the code has come is not refused for it.
      part<HTMLInputElement>(recorder, '[data-date]').value ||= today(new Date());
      void load().catch(() => undefined);
    },
    { once: true },
  );
  const form = part<HTMLFormElement>(recorder, 'form');
  form.addEventListener('submit', (event) => {
    if (customElements.get('deelname-vastleggen')) return;
    event.preventDefault();
    load().then(
      () => form.requestSubmit(),
      () => undefined,
    );
  });
}
