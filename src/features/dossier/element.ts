import { fillIn } from '../../lib/fill-in';
import { listItems } from '../../widgets/runtime/dom';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { onAnswersChange, pageStore } from '../../widgets/runtime/page-store';
import { dossierOf, isEmptyDossier, type DossierKit, type DossierModule } from './dossier';
import type { DossierLabel } from './dossier-labels';

/** Mijn werk's bekwaamheidsdossier: the record from this browser's answers, as Word or printed (`dossier-export.ts`, loaded on the first click). */
class BekwaamheidsDossier extends HTMLElement {
  #modules: DossierModule[] = JSON.parse(this.dataset['modules'] ?? '[]');
  #kits: DossierKit[] = JSON.parse(this.dataset['kits'] ?? '[]');
  #labels: Record<DossierLabel, string> = JSON.parse(this.dataset['labels'] ?? '{}');
  #lang = this.dataset['lang'] ?? 'nl';
  #lifetime = new AbortController();

  connectedCallback() {
    this.#lifetime = new AbortController();
    const { signal } = this.#lifetime;
    for (const button of parts<HTMLButtonElement>(this, '[data-dossier-export]'))
      button.addEventListener(
        'click',
        () => void this.#export(button.dataset['dossierExport'] as 'docx' | 'print'),
        {
          signal,
        },
      );
    // An answer changed here (an import, a deletion) or in another tab can complete a module or add a session.
    onAnswersChange(() => this.#showState(), signal);
    this.#showState();
  }

  disconnectedCallback() {
    this.#lifetime.abort();
  }

  #dossier() {
    return dossierOf(this.#modules, this.#kits, pageStore().answers());
  }

  /** The empty state, or what the record holds in short and the tools when there is something to record. */
  #showState() {
    const dossier = this.#dossier();
    const empty = isEmptyDossier(dossier);
    dataPart(this, 'dossier-empty').hidden = !empty;
    dataPart(this, 'dossier-tools').hidden = empty;
    // In short, as the record has them: its modules' and sessions' titles, then its total study time.
    listItems(dataPart(this, 'dossier-contents'), [
      ...dossier.modules.map(({ module }) => module.title),
      ...dossier.sessions.map((session) => session.title),
    ]);
    dataPart(this, 'dossier-total').textContent = fillIn(this.#labels.totalTime, {
      minutes: dossier.minutes,
    });
  }

  /** `format` is a button's `data-dossier-export`: `docx` or `print`. */
  async #export(format: 'docx' | 'print') {
    const withReflections = dataPart<HTMLInputElement>(this, 'dossier-reflections').checked;
    await downloadOnDemand(
      (message) => (dataPart(this, 'dossier-status').textContent = message),
      format === 'print'
        ? { loading: '', failed: this.#labels.printFailed }
        : { loading: this.#labels.wordLoading, failed: this.#labels.wordFailed },
      async () => {
        const { exportDossier } = await import('./dossier-export');
        return exportDossier(format, this.#dossier(), this.#labels, this.#lang, withReflections);
      },
    );
  }
}

customElements.define('bekwaamheids-dossier', BekwaamheidsDossier);
