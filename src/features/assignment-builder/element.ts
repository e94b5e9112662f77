import type { Assignment, Catalogue } from '../assignments/assignment';
import { decodeAssignment, encodeAssignment, payloadFromHash } from '../assignments/assignment-link';
import { problemText } from '../assignments/problem-text';
import { fillForm } from './fill-form';
import { fillIn, longDate } from '../../lib/fill-in';
import { assignmentCartridge } from '../cartridge/assignment-cartridge';
import { datedFileName } from '../../widgets/runtime/download';
import { qrSvg } from './qr-code';
import { BEFORE_RELOAD } from '../../widgets/runtime/reload-guard';
import { dataLabel } from '../../widgets/runtime/data-label';
import { el, listItems } from '../../widgets/runtime/dom';
import { dataPart, part, parts } from '../../widgets/runtime/parts';
import type { AssignmentBuilderLabel } from './labels';
import { downloadOnDemand } from '../../widgets/runtime/download-on-demand';

/** The "Opdracht samenstellen" form (see `OpdrachtSamenstellen.astro`): form in, link, QR code, sheet and cartridge out. */
class AssignmentBuilder extends HTMLElement {
  #labels: Partial<Record<AssignmentBuilderLabel, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #catalogue: Catalogue = JSON.parse(this.dataset['catalogue'] ?? '[]');
  #link = '';
  #qrShown = false;
  /** The reader was told that reopening a link replaces what the form holds, and may now do so. */
  #mayReplace = false;
  /** The QR library, once loaded (it is fetched only when a QR code is asked for). */
  #qr: typeof import('uqr') | null = null;

  /** Aborted when the element leaves the page, which ends its listeners on the document. */
  #lifetime: AbortController | null = null;

  /** A label by key; one the component did not hand over is a fault of the markup, said in the console. */
  #label(key: AssignmentBuilderLabel): string {
    return dataLabel(this, this.#labels, key) ?? '';
  }

  /** A part of the form or the sheet, `[data-<name>]`. */

  constructor() {
    super();
    const form = dataPart<HTMLFormElement>(this, 'form');
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('input', () => this.#update());
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLInputElement;
      if (target.matches('[data-module-check]')) this.#moduleToggled(target);
      this.#update();
    });
    dataPart(this, 'copy').addEventListener('click', () => this.#copy());
    dataPart(this, 'show-qr').addEventListener('click', () => this.#toggleQr());
    dataPart(this, 'print').addEventListener('click', () => this.#print());
    dataPart(this, 'reopen-button').addEventListener('click', () => this.#reopenPasted());
    dataPart(this, 'reopen-link').addEventListener('keydown', (event) => {
      if (event.key === 'Enter') this.#reopenPasted();
    });
    dataPart(this, 'reopen-link').addEventListener('input', () => this.#askBeforeReplacing(false));
    // Without the site's address (no SITE_URL at build time) the page has no cartridge button.
    this.querySelector('[data-cartridge]')?.addEventListener('click', () => this.#downloadCartridge());
  }

  connectedCallback() {
    this.#lifetime = new AbortController();
    // The assignment being made lives only in this form (and in the link once copied).
    document.addEventListener(
      BEFORE_RELOAD,
      (event) => {
        const { title, instructions, modules } = this.#assignment();
        if (title || instructions || modules.length > 0) event.preventDefault();
      },
      { signal: this.#lifetime.signal },
    );
    for (const check of parts<HTMLInputElement>(this, '[data-module-check]')) this.#showItems(check);
    dataPart(this, 'reopen').hidden = false;
    // A link to this page with an assignment's fragment (`…/opdracht-samenstellen/#a=…`) opens it to
    // edit; so does one pasted into the address bar of this page, which changes only the fragment.
    window.addEventListener('hashchange', () => this.#reopenAddress(), { signal: this.#lifetime.signal });
    this.#reopenAddress();
    this.#update();
  }

  /**
   * Reopens the assignment in the page's address, if it has one, as if it was pasted into the
   * reopen field: the field shows what is opened, and when the form already holds an assignment
   * (the browser may restore it on a reload) its "replace" button opens this one.
   */
  #reopenAddress() {
    if (payloadFromHash(location.hash) === null) return;
    dataPart<HTMLInputElement>(this, 'reopen-link').value = location.href;
    this.#reopenPasted();
  }

  disconnectedCallback() {
    this.#lifetime?.abort();
    this.#lifetime = null;
  }

  /** The fieldset of the module a checkbox belongs to. */
  #moduleOf(check: HTMLInputElement): HTMLElement {
    const module = check.closest<HTMLElement>('[data-module]');
    if (!module) throw new Error(`<${this.localName}>: a [data-module-check] outside [data-module]`);
    return module;
  }

  #showItems(check: HTMLInputElement) {
    part(this.#moduleOf(check), '[data-items]').hidden = !check.checked;
  }

  /** Ticking a module shows its items, all chosen, unless some already were. */
  #moduleToggled(check: HTMLInputElement) {
    this.#showItems(check);
    const items = parts<HTMLInputElement>(this.#moduleOf(check), '[data-items] input');
    if (check.checked && !items.some((item) => item.checked)) items.forEach((item) => (item.checked = true));
  }

  #assignment(): Assignment {
    const modules = parts(this, '[data-module]')
      .filter((fieldset) => part<HTMLInputElement>(fieldset, '[data-module-check]').checked)
      .map((fieldset) => ({
        slug: fieldset.dataset['module'] ?? '',
        questions: parts<HTMLInputElement>(fieldset, '[data-question]:checked').map((box) => box.value),
        widgets: parts<HTMLInputElement>(fieldset, '[data-widget]:checked').map((box) => box.value),
      }));
    return {
      title: dataPart<HTMLInputElement>(this, 'title').value,
      instructions: dataPart<HTMLTextAreaElement>(this, 'instructions').value,
      due: dataPart<HTMLInputElement>(this, 'due').value || null,
      modules,
    };
  }

  /** Reopens the link pasted into the reopen field: the whole link, or only its `#a=…`. */
  #reopenPasted() {
    const text = dataPart<HTMLInputElement>(this, 'reopen-link').value.trim();
    const hash = text.startsWith('#') ? text : URL.canParse(text) ? new URL(text).hash : '';
    this.#reopen(payloadFromHash(hash));
  }

  #reopen(payload: string | null) {
    const { assignment, problems } = decodeAssignment(payload, this.#catalogue);
    const status = dataPart(this, 'reopen-status');
    const list = dataPart(this, 'reopen-problems');
    list.hidden = true;
    if (!assignment) {
      const newer = problems.some((problem) => problem.kind === 'newer-version');
      status.textContent = this.#label(newer ? 'reopenNewer' : 'reopenFailed');
      return;
    }
    const { title, instructions, modules } = this.#assignment();
    if ((title || instructions || modules.length > 0) && !this.#mayReplace) {
      status.textContent = this.#label('reopenReplaces');
      return this.#askBeforeReplacing(true);
    }
    this.#askBeforeReplacing(false);
    fillForm(dataPart(this, 'form'), assignment);
    const lang = this.dataset['lang'] ?? 'nl';
    status.textContent = fillIn(this.#label(problems.length ? 'reopenedWithProblems' : 'reopened'), {
      title: assignment.title || this.#label('untitled'),
    });
    listItems(
      list,
      problems.map((problem) => problemText(problem, (key) => this.#label(key), this.#labels, lang)),
    );
    list.hidden = problems.length === 0;
    this.#update();
  }

  /** Turns the reopen button into "replace what is in the form", or back. */
  #askBeforeReplacing(ask: boolean) {
    this.#mayReplace = ask;
    dataPart(this, 'reopen-button').textContent = this.#label(ask ? 'reopenReplace' : 'reopenButton');
  }

  #update() {
    const assignment = this.#assignment();
    const ready = assignment.title.trim() !== '' && assignment.modules.length > 0;
    const fragment = ready ? `#a=${encodeAssignment(assignment)}` : '';
    this.#link = ready ? new URL(`${this.dataset['studentPage']}${fragment}`, location.href).href : '';
    const items = assignment.modules.reduce(
      (total, module) => total + Math.max(1, module.questions.length + module.widgets.length),
      0,
    );
    dataPart(this, 'link-status').textContent = ready
      ? fillIn(this.#label('linkReady'), { modules: assignment.modules.length, items })
      : this.#label('linkMissing');
    dataPart(this, 'link-tools').hidden = !ready;
    dataPart<HTMLInputElement>(this, 'link').value = this.#link;
    dataPart<HTMLAnchorElement>(this, 'open').href = this.#link || (this.dataset['studentPage'] ?? '');
    // The class overview of the same assignment, to read what the students hand in.
    dataPart<HTMLAnchorElement>(this, 'class-overview-link').href =
      `${this.dataset['classOverview'] ?? ''}${fragment}`;
    this.#fillSheet(assignment);
    if (this.#qr) this.#drawQr(assignment.title);
  }

  #fillSheet(assignment: Assignment) {
    dataPart(this, 'sheet-title').textContent = assignment.title.trim() || this.#label('untitled');
    const due = dataPart(this, 'sheet-due');
    due.textContent = this.#dueText(assignment) ?? '';
    due.hidden = !assignment.due;
    const instructions = dataPart(this, 'sheet-instructions');
    instructions.textContent = assignment.instructions.trim();
    instructions.hidden = !assignment.instructions.trim();
    dataPart(this, 'sheet-modules').replaceChildren(
      ...assignment.modules.flatMap((chosen) => {
        // The form offers only the catalogue's modules and items, so each is found.
        const module = this.#catalogue.find((candidate) => candidate.slug === chosen.slug);
        if (!module) return [];
        const names = [
          ...chosen.questions.flatMap(
            (id) => module.questions.find((question) => question.id === id)?.text ?? [],
          ),
          ...chosen.widgets.flatMap((id) => module.widgets.find((widget) => widget.id === id)?.name ?? []),
        ];
        const item = el('li');
        const list = el('ul');
        listItems(list, names.length ? names : [this.#label('read')]);
        item.append(el('strong', module.title), list);
        return [item];
      }),
    );
    dataPart(this, 'sheet-link').textContent = this.#link;
  }

  /** "Inleveren vóór 18 december 2026", or null without a due date. */
  #dueText(assignment: Assignment): string | null {
    if (!assignment.due) return null;
    const date = longDate(`${assignment.due}T12:00:00Z`, this.dataset['lang'] ?? 'nl');
    return fillIn(this.#label('due'), { date });
  }

  async #copy() {
    const field = dataPart<HTMLInputElement>(this, 'link');
    try {
      await navigator.clipboard.writeText(this.#link);
      this.#say(this.#label('copied'));
    } catch (error) {
      console.error(error);
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
    } catch (error) {
      console.error(error);
      this.#say(this.#label('qrFailed'));
      return false;
    }
  }

  async #toggleQr() {
    const button = dataPart(this, 'show-qr');
    this.#qrShown = !this.#qrShown;
    button.setAttribute('aria-expanded', String(this.#qrShown));
    button.textContent = this.#label(this.#qrShown ? 'hideQr' : 'showQr');
    dataPart(this, 'qr').hidden = !this.#qrShown;
    if (this.#qrShown && (await this.#loadQr())) this.#drawQr(this.#assignment().title);
  }

  /** The QR code on screen and on the sheet; a link too long for a QR code gets a message instead. */
  #drawQr(title: string) {
    const name = fillIn(this.#label('qrLabel'), { title: title.trim() });
    const drawn = this.#link && this.#qr ? qrSvg(this.#qr, this.#link, name) : null;
    const screen = dataPart(this, 'qr');
    const sheet = dataPart(this, 'sheet-qr');
    if (!drawn) {
      screen.replaceChildren(el('p', this.#link ? this.#label('qrTooLong') : ''));
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

  /** The assignment for the educator's LMS; the zip code is fetched only now. */
  async #downloadCartridge() {
    const siteRoot = this.dataset['siteRoot'];
    if (!siteRoot || !this.#link) return;
    const assignment = this.#assignment();
    // The link at the site's published address, not wherever this page is open (a preview).
    const link = new URL(`${this.dataset['studentPage']}${new URL(this.#link).hash}`, siteRoot).href;
    const lang = this.dataset['lang'] ?? 'nl';
    const cartridge = assignmentCartridge(assignment, this.#catalogue, siteRoot, link, lang, {
      due: this.#dueText(assignment),
      open: this.#label('cartridgeOpen'),
      privacy: this.#label('cartridgePrivacy'),
      untitled: this.#label('untitled'),
    });
    const messages = { loading: this.#label('cartridgeLoading'), failed: this.#label('cartridgeFailed') };
    await downloadOnDemand(
      (message) => this.#say(message),
      messages,
      async () => {
        const { downloadCartridge } = await import('../cartridge/download-cartridge');
        const fileName = datedFileName('imscc');
        downloadCartridge(fileName, cartridge);
        return fillIn(this.#label('exported'), { file: fileName });
      },
    );
  }

  #say(message: string) {
    dataPart(this, 'live').textContent = message;
  }
}

customElements.define('assignment-builder', AssignmentBuilder);
