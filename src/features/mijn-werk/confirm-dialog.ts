import { dataPart } from '../../widgets/runtime/parts';

/**
 * Asks `question` in `dialog` (its parts `data-dialog-text` and `data-dialog-confirm`, and a
 * form that closes it with `returnValue` "confirm" or not); resolves to whether the reader
 * confirmed.
 */
export function confirmInDialog(
  dialog: HTMLDialogElement,
  question: string,
  confirmLabel: string,
): Promise<boolean> {
  dataPart(dialog, 'dialog-text').textContent = question;
  dataPart(dialog, 'dialog-confirm').textContent = confirmLabel;
  dialog.returnValue = '';
  const stopSecondClicks = ignoreSecondClicks();
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener(
      'close',
      () => {
        stopSecondClicks();
        resolve(dialog.returnValue === 'confirm');
      },
      { once: true },
    ),
  );
}

/**
 * The second click of a double-click on a dialog's button lands, once the first has closed the
 * dialog, on whatever lies beneath: a link would leave the page, and with it the undo. It is no
 * choice of the reader's, so from the moment the dialog opens a click that the browser counts as
 * the second of a double-click (`detail` 2 or more) is stopped; the function returned ends
 * that, a second after the dialog has closed (the browser may deliver the click before or
 * after the dialog's `close` event).
 */
function ignoreSecondClicks() {
  const stop = (event: MouseEvent) => {
    if (event.detail < 2) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  addEventListener('click', stop, { capture: true });
  return () => setTimeout(() => removeEventListener('click', stop, { capture: true }), 1_000);
}
