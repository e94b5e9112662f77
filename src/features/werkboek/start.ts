/**
 * The workbook's one script, loaded only on its page: shows its controls (without JavaScript
 * there is nothing they could do), prints on request, and when the reader ticks "put my answers
 * in" loads the code that reads this browser's answers and puts them in place. Reading and
 * filling wait for that choice, so the page itself carries only these few lines.
 */
const controls = document.querySelector<HTMLElement>('[data-werkboek-controls]');

if (controls) {
  const labels = JSON.parse(controls.dataset['labels']!) as Record<string, string>;
  const choice = controls.querySelector<HTMLInputElement>('[data-werkboek-with-answers]')!;
  const status = controls.querySelector<HTMLElement>('[data-werkboek-status]')!;

  const show = () =>
    import('./put-answers')
      .then(({ workbookAnswers }) => {
        status.textContent = workbookAnswers(document, choice.checked, labels);
      })
      // Code that cannot load (a newer version of the site replaced it) changes nothing here.
      .catch(() => {
        status.textContent = labels['loadFailed']!;
      });
  choice.addEventListener('change', () => void show());
  controls.querySelector('[data-werkboek-print]')!.addEventListener('click', () => print());
  controls.hidden = false;
  // A reload keeps the box ticked: then the answers go in again.
  if (choice.checked) void show();
}
