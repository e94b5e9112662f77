/**
 * What Mijn werk and the assignment page load for the feedback viewer: most readers never get
 * feedback, so the viewer's own code (`element.ts`: reading a feedback file, showing it beside
 * the answers) loads at once only when this browser keeps feedback to show, and otherwise when
 * the reader picks a feedback file, which it then reads. On the assignment page the viewer
 * stays hidden, as the element keeps it, when the page's link cannot be used. If the code
 * cannot load, the viewer's status line says so.
 */
import { pageStore } from '../../widgets/runtime/page-store';
import { dataPart } from '../../widgets/runtime/parts';

const viewer = document.querySelector<HTMLElement>('feedback-inzien');
if (viewer) void start(viewer);

async function start(viewer: HTMLElement) {
  // Opened feedback is kept as answers of this element's own name (`feedback-store.ts`).
  const kept = Object.values(pageStore().answers()).some((answer) => answer.widget === viewer.localName);
  const load = () =>
    import('./element').catch((error: unknown) => {
      console.error(error);
      dataPart(viewer, 'feedback-live').textContent = viewer.dataset['loadFailed'] ?? '';
      return null;
    });
  if (kept) return void load();
  if (viewer.dataset['scope'] === 'assignment') {
    // Already loaded on the assignment page, for the assignment itself.
    const { decodeAssignment, payloadFromHash } = await import('../assignments/assignment-link');
    const decoded = decodeAssignment(
      payloadFromHash(location.hash),
      JSON.parse(viewer.dataset['catalogue'] ?? '[]'),
    );
    if (!decoded.assignment || decoded.problems.length > 0) return;
  }
  dataPart(viewer, 'feedback-chrome').hidden = false;
  const input = dataPart<HTMLInputElement>(viewer, 'feedback-file');
  input.addEventListener('change', () => {
    if (customElements.get(viewer.localName)) return;
    // The element reads the chosen file when it hears of it: tell it again once it is there.
    void load().then((loaded) => loaded && input.dispatchEvent(new Event('change')));
  });
}
