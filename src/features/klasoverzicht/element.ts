import type { Assignment, Catalogue } from '../assignments/assignment';
import { decodeAssignment, payloadFromHash } from '../assignments/assignment-link';
import { fillIn } from '../../lib/fill-in';
import { dataLabel } from '../../widgets/runtime/data-label';
import { dataPart } from '../../widgets/runtime/parts';
import { wireFileDrop } from '../../widgets/runtime/file-drop';
import type { ClassOverviewLabel } from './labels';
import type { OverviewView } from './overview-view';

/**
 * The class overview (see `Klasoverzicht.astro`): says which assignment the page's link opened
 * and takes the hand-ins the educator drops or picks. What it does with them, `overview-view.ts`,
 * loads with the first files: until then the page is a text page with a file field.
 */
class ClassOverview extends HTMLElement {
  #labels: Partial<Record<ClassOverviewLabel, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #lang = this.dataset['lang'] ?? 'nl';
  /** The assignment of the page's link, or null when it was opened without one. */
  #opened: Assignment | null = null;
  #view: Promise<OverviewView> | null = null;

  constructor() {
    super();
    wireFileDrop(dataPart(this, 'drop'), (files) => void this.#readFiles(files));
  }

  connectedCallback() {
    const payload = payloadFromHash(location.hash);
    this.#opened = payload === null ? null : decodeAssignment(payload, this.#catalogue).assignment;
    dataPart(this, 'opened').textContent = this.#opened
      ? fillIn(this.#label('opened'), { title: this.#title(this.#opened) })
      : this.#label('notOpened');
    dataPart(this, 'edit-part').hidden = this.#opened === null;
    dataPart<HTMLAnchorElement>(this, 'edit').hash = location.hash;
    dataPart(this, 'chrome').hidden = false;
  }

  #label(key: ClassOverviewLabel): string {
    return dataLabel(this, this.#labels, key) ?? key;
  }

  #title = (assignment: Assignment) => assignment.title || this.#label('untitled');

  async #readFiles(files: File[]) {
    if (files.length === 0) return;
    this.#say(this.#label('reading'));
    this.#view ??= import('./overview-view').then(
      ({ OverviewView }) =>
        new OverviewView(this, {
          label: (key) => this.#label(key),
          title: this.#title,
          say: (message) => this.#say(message),
          catalogue: this.#catalogue,
          lang: this.#lang,
          opened: this.#opened,
        }),
    );
    const view = await this.#view.catch((error: unknown) => {
      console.error(error);
      // Not kept: the next files try again.
      this.#view = null;
      return null;
    });
    if (view) await view.read(files);
    else this.#say(this.#label('loadFailed'));
  }

  #say(message: string) {
    dataPart(this, 'live').textContent = message;
  }
}

customElements.define('klas-overzicht', ClassOverview);
