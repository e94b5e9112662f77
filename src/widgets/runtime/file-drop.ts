import { part } from './parts';

/**
 * Hands `read` the files chosen in a `FileDrop.astro` zone's field or dropped on the zone. The
 * field is emptied once they are taken, so that choosing the same file again reads it again.
 */
export function wireFileDrop(zone: HTMLElement, read: (files: File[]) => void) {
  const input = part<HTMLInputElement>(zone, 'input[type="file"]');
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    read(files);
  });
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('is-target');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('is-target'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('is-target');
    read([...(event.dataTransfer?.files ?? [])]);
  });
}
