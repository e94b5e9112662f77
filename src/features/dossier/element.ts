import { fillIn } from '../../lib/fill-in';
import { downloadWord } from '../mijn-werk/download-word';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';
import { datedFileName } from '../../widgets/runtime/download';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { onOtherTabChange, pageStore } from '../../widgets/runtime/page-store';
import { dossierOf, dossierOutline, isEmptyDossier, type DossierKit, type DossierModule } from './dossier';
import type { DossierLabel } from './dossier-labels';
import { printOutline } from './print-outline';

/** Mijn werk's bekwaamheidsdossier: the record from this browser's answers, as Word or printed. */
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
      button.addEventListener('click', () => void this.#export(button.dataset['dossierExport']!), { signal });
    onOtherTabChange(() => this.#showState(), signal);
    this.#showState();
  }

  disconnectedCallback() {
    this.#lifetime.abort();
  }

  #dossier() {
    return dossierOf(this.#modules, this.#kits, pageStore().answers());
  }

  /** The empty state, or the tools when there is something to record. */
  #showState() {
    const empty = isEmptyDossier(this.#dossier());
    dataPart(this, 'dossier-empty').hidden = !empty;
    dataPart(this, 'dossier-tools').hidden = empty;
  }

  async #export(format: string) {
    const now = new Date();
    const withReflections = dataPart<HTMLInputElement>(this, 'dossier-reflections').checked;
    const outline = dossierOutline(
      this.#dossier(),
      (key) => this.#labels[key],
      this.#lang,
      now,
      withReflections,
    );
    if (format === 'print') return printOutline(outline, this.#lang);
    const say = (message: string) => (dataPart(this, 'dossier-status').textContent = message);
    await downloadOnDemand(
      say,
      { loading: this.#labels.wordLoading, failed: this.#labels.wordFailed },
      async () => {
        const name = `bekwaamheidsdossier-${datedFileName('docx', now)}`;
        await downloadWord(name, outline, this.#lang);
        return fillIn(this.#labels.exported, { file: name });
      },
    );
  }
}

customElements.define('bekwaamheids-dossier', BekwaamheidsDossier);
