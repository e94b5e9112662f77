import type { Vocabulary } from './vocabulary';

/** What works out a suggestion: the vocabulary and the comparison, both loaded on the first input. */
type Suggest = (query: string) => string | undefined;

/** How long the reader pauses typing before the suggestion is worked out, as Pagefind waits before it searches. */
const pause = 300;

/**
 * `<search-suggestion>` (`SearchSuggestion.astro`): offers the nearest known query for a search
 * with a word the site's vocabulary lacks; its button, by click or Enter, puts that query in the
 * box and lets the search run it. The suggestion is said once by a status line and its text is
 * set with `textContent`. A vocabulary that cannot be loaded means no suggestion, never an error.
 */
class SearchSuggestion extends HTMLElement {
  #started = false;
  #suggest: Promise<Suggest> | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #box: HTMLInputElement | undefined;

  connectedCallback() {
    // Moving the element into the dialog connects it again.
    if (this.#started) return;
    this.#started = true;
    document.addEventListener('input', (event) => this.#onInput(event), true);
    this.querySelector('[data-run]')!.addEventListener('click', () => this.#run());
  }

  #onInput(event: Event) {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.matches(this.dataset.input!)) return;
    if (this.#box !== box) {
      this.#box = box;
      box.after(this);
    }
    this.#suggest ??= this.#load();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#update(box.value), pause);
  }

  /** The comparison and the word list wait until the reader types: searching without a typo needs neither. */
  async #load(): Promise<Suggest> {
    const [{ suggestedQuery }, { readVocabulary }] = await Promise.all([
      import('./nearest-word'),
      import('./vocabulary'),
    ]);
    let vocabulary: Vocabulary = [];
    try {
      const response = await fetch(this.dataset.words!);
      if (response.ok) vocabulary = readVocabulary(await response.json());
    } catch {
      // No list (offline before it was kept, say): no suggestion.
    }
    const lang = document.documentElement.lang;
    return (query) => suggestedQuery(query, vocabulary, lang);
  }

  async #update(query: string) {
    const suggestion = (await this.#suggest!)(query);
    // The reader may have typed on while the vocabulary loaded.
    if (query !== this.#box?.value) return;
    this.#show(suggestion);
  }

  #show(suggestion: string | undefined) {
    const line = this.querySelector<HTMLElement>('[data-suggestion]')!;
    const announce = this.querySelector<HTMLElement>('[data-announce]')!;
    line.hidden = suggestion === undefined;
    if (suggestion === undefined) {
      announce.textContent = '';
      return;
    }
    const [before = '', after = ''] = this.dataset.label!.split('{query}');
    this.querySelector('[data-before]')!.textContent = before;
    this.querySelector('[data-run]')!.textContent = suggestion;
    this.querySelector('[data-after]')!.textContent = after;
    announce.textContent = `${before}${suggestion}${after}`;
  }

  #run() {
    const box = this.#box;
    const suggestion = this.querySelector('[data-run]')!.textContent;
    if (!box || !suggestion) return;
    box.value = suggestion;
    clearTimeout(this.#timer);
    this.#show(undefined);
    box.focus();
    // The search UI searches on the box's input event, as if the reader had typed it.
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

customElements.define('search-suggestion', SearchSuggestion);
