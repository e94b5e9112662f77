import { encodeAssignment, type Assignment, type Catalogue } from '../assignments/assignment';
import { fillIn, longDate } from '../../lib/fill-in';
import { qrSvg } from './qr-code';
import { BEFORE_RELOAD } from '../../widgets/runtime/reload-guard';

/** The "Opdracht samenstellen" form (see `OpdrachtSamenstellen.astro`): form in, link, QR code and sheet out. */
class AssignmentBuilder extends HTMLElement {
  #labels: Record<string, string> = JSON.parse(this.dataset['labels'] ?? '{}');
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #link = '';
  #qrShown = false;
  /** The QR library, once loaded (it is fetched only when a QR code is asked for). */
  #qr: typeof import('uqr') | null = null;

  #label(key: string) {
    return this.#labels[key] ?? key;
  }

  #part<T extends HTMLElement = HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  connectedCallback() {
    const form = this.#part<HTMLFormElement>('form');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.#update());
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.matches('[data-module-check]')) this.#moduleToggled(target);
      this.#update();
    });
    for (const check of this.querySelectorAll<HTMLInputElement>('[data-module-check]')) this.#showItems(check);
    this.#part('copy').addEventListener('click', () => this.#copy());
    this.#part('show-qr').addEventListener('click', () => this.#toggleQr());
    this.#part('print').addEventListener('click', () => this.#print());
    // The assignment being made lives only in this form (and in the link once copied).
    document.addEventListener(BEFORE_RELOAD, (event) => {
      const { title, instructions, modules } = this.#assignment();
      if (title || instructions || modules.length > 0) event.preventDefault();
    });
    this.#update();
  }

  #showItems(check: HTMLInputElement) {
    check.closest('[data-module]')!.querySelector<HTMLElement>('[data-items]')!.hidden = !check.checked;
  }

  /** Ticking a module shows its items, all chosen, unless some already were. */
  #moduleToggled(check: HTMLInputElement) {
    this.#showItems(check);
    const items = [...check.closest('[data-module]')!.querySelectorAll<HTMLInputElement>('[data-items] input')];
    if (check.checked && !items.some((item) => item.checked)) items.forEach((item) => (item.checked = true));
  }

  #assignment(): Assignment {
    const modules = [...this.querySelectorAll<HTMLElement>('[data-module]')]
      .filter((fieldset) => fieldset.querySelector<HTMLInputElement>('[data-module-check]')!.checked)
      .map((fieldset) => ({
        slug: fieldset.dataset['module']!,
        questions: [...fieldset.querySelectorAll<HTMLInputElement>('[data-question]:checked')].map((box) => Number(box.value)),
        widgets: [...fieldset.querySelectorAll<HTMLInputElement>('[data-widget]:checked')].map((box) => box.value),
      }));
    return {
      title: this.#part<HTMLInputElement>('title').value,
      instructions: this.#part<HTMLTextAreaElement>('instructions').value,
      due: this.#part<HTMLInputElement>('due').value || null,
      modules,
    };
  }

  #update() {
    const assignment = this.#assignment();
    const ready = assignment.title.trim() !== '' && assignment.modules.length > 0;
    this.#link = ready ? new URL(`${this.dataset['studentPage']}#a=${encodeAssignment(assignment)}`, location.href).href : '';
    const items = assignment.modules.reduce((total, module) => total + Math.max(1, module.questions.length + module.widgets.length), 0);
    this.#part('link-status').textContent = ready
      ? fillIn(this.#label('linkReady'), { modules: assignment.modules.length, items })
      : this.#label('linkMissing');
    this.#part('link-tools').hidden = !ready;
    this.#part<HTMLInputElement>('link').value = this.#link;
    this.#part<HTMLAnchorElement>('open').href = this.#link || this.dataset['studentPage']!;
    this.#fillSheet(assignment);
    if (this.#qr) this.#drawQr(assignment.title);
  }

  #fillSheet(assignment: Assignment) {
    this.#part('sheet-title').textContent = assignment.title.trim() || this.#label('untitled');
    const due = this.#part('sheet-due');
    due.textContent = assignment.due ? fillIn(this.#label('due'), { date: longDate(`${assignment.due}T12:00:00Z`, this.dataset['lang'] ?? 'nl') }) : '';
    due.hidden = !assignment.due;
    const instructions = this.#part('sheet-instructions');
    instructions.textContent = assignment.instructions.trim();
    instructions.hidden = !assignment.instructions.trim();
    this.#part('sheet-modules').replaceChildren(
      ...assignment.modules.map((chosen) => {
        const module = this.#catalogue.find((candidate) => candidate.slug === chosen.slug)!;
        const item = document.createElement('li');
        const title = document.createElement('strong');
        title.textContent = module.title;
        const list = document.createElement('ul');
        const names = [
          ...chosen.questions.map((index) => module.questions[index]!.text),
          ...chosen.widgets.map((id) => module.widgets.find((widget) => widget.id === id)!.name),
        ];
        for (const name of names.length ? names : [this.#label('read')]) {
          const entry = document.createElement('li');
          entry.textContent = name;
          list.append(entry);
        }
        item.append(title, list);
        return item;
      }),
    );
    this.#part('sheet-link').textContent = this.#link;
  }

  async #copy() {
    const field = this.#part<HTMLInputElement>('link');
    try {
      await navigator.clipboard.writeText(this.#link);
      this.#say(this.#label('copied'));
    } catch {
      field.focus();
      field.select();
      this.#say(this.#label('copyFailed'));
    }
  }

  async #loadQr(): Promise<boolean> {
    if (this.#qr) return true;
    this.#say(this.#label('qrLoading'));
    try {
      this.#qr = await import('uqr');
      this.#say('');
      return true;
    } catch {
      this.#say(this.#label('qrFailed'));
      return false;
    }
  }

  async #toggleQr() {
    const button = this.#part('show-qr');
    this.#qrShown = !this.#qrShown;
    button.setAttribute('aria-expanded', String(this.#qrShown));
    button.textContent = this.#label(this.#qrShown ? 'hideQr' : 'showQr');
    this.#part('qr').hidden = !this.#qrShown;
    if (this.#qrShown && (await this.#loadQr())) this.#drawQr(this.#assignment().title);
  }

  /** The QR code on screen and on the sheet; a link too long for a QR code gets a message instead. */
  #drawQr(title: string) {
    const name = fillIn(this.#label('qrLabel'), { title: title.trim() });
    const drawn = this.#link ? qrSvg(this.#qr!, this.#link, name) : null;
    const screen = this.#part('qr');
    const sheet = this.#part('sheet-qr');
    if (!drawn) {
      const message = document.createElement('p');
      message.textContent = this.#link ? this.#label('qrTooLong') : '';
      screen.replaceChildren(message);
      sheet.replaceChildren();
      return;
    }
    screen.replaceChildren(drawn);
    sheet.replaceChildren(drawn.cloneNode(true));
  }

  async #print() {
    if (await this.#loadQr()) this.#drawQr(this.#assignment().title);
    window.print();
  }

  #say(message: string) {
    this.#part('live').textContent = message;
  }
}

customElements.define('assignment-builder', AssignmentBuilder);
