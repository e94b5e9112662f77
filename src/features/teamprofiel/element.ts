import { fillIn, longDate } from '../../lib/fill-in';
import { dataLabel } from '../../widgets/runtime/data-label';
import { download } from '../../widgets/runtime/download';
import { listItems } from '../../widgets/runtime/dom';
import { dataPart, parts } from '../../widgets/runtime/parts';
import { wireFileDrop } from '../../widgets/runtime/file-drop';
import { browserStorage } from '../../widgets/runtime/page-store';
import { UndoOffer } from '../../widgets/runtime/undo-offer';
import { localDay } from '../../widgets/zeven-kwaliteiten-scan/scan';
import type { TeamProfileLabel } from './labels';
import { showScanProfile } from './profile-view';
import type { TeamCard } from './team-card';
import {
  MAX_INPUT_BYTES,
  mergeCards,
  readCardFile,
  readCodeLines,
  readMomentFile,
  type InputProblem,
  type ReadInput,
} from './team-cards';
import { teamFile, type TeamMoment } from './team-file';
import { isScanName } from './team-scans';
import { scanProfile } from './team-stats';
import { readStoredCards, storeCards } from './team-storage';

/** The team profile page (see `Teamprofiel.astro`): collects the cards and shows each scan's profile. */
class TeamProfile extends HTMLElement {
  #labels: Partial<Record<TeamProfileLabel, string>> = JSON.parse(this.dataset['labels'] ?? '{}');
  #lang = this.dataset['lang'] ?? 'nl';
  #number = new Intl.NumberFormat(this.#lang, { maximumFractionDigits: 2 });
  #cards: TeamCard[] = [];
  /** The team file compared with, or null. */
  #earlier: TeamMoment | null = null;
  #undo = new UndoOffer(dataPart<HTMLButtonElement>(this, 'undo'), () => dataPart(this, 'clear').focus());

  constructor() {
    super();
    wireFileDrop(dataPart(this, 'drop'), (files) => void this.#readFiles(files));
    dataPart(this, 'add-codes').addEventListener('click', () => this.#addCodes());
    dataPart(this, 'save').addEventListener('click', () => this.#save());
    dataPart(this, 'clear').addEventListener('click', () => this.#clear());
    const compare = dataPart<HTMLInputElement>(this, 'compare');
    compare.addEventListener('change', () => void this.#compare(compare.files?.[0]));
  }

  connectedCallback() {
    this.#cards = readStoredCards(browserStorage());
    dataPart(this, 'chrome').hidden = false;
    this.#render();
  }

  #label(key: TeamProfileLabel): string {
    return dataLabel(this, this.#labels, key) ?? key;
  }

  async #readFiles(files: File[]) {
    if (files.length === 0) return;
    this.#undo.drop();
    const read = await Promise.all(
      files.map(async (file) =>
        // A file too big to be a card is not read at all.
        readCardFile(
          file.name,
          file.size,
          file.size > MAX_INPUT_BYTES ? '' : await file.text().catch(() => null),
        ),
      ),
    );
    this.#add({ cards: read.flatMap((one) => one.cards), problems: read.flatMap((one) => one.problems) });
  }

  #addCodes() {
    this.#undo.drop();
    const field = dataPart<HTMLTextAreaElement>(this, 'codes');
    if (field.value.trim() === '') {
      this.#say(this.#label('nothingToAdd'));
      return;
    }
    if (this.#add(readCodeLines(field.value))) field.value = '';
  }

  /** Adds what was read, or, when anything could not be read, nothing: says which and why. */
  #add(read: ReadInput): boolean {
    const merged = read.problems.length > 0 ? null : mergeCards(this.#cards, read.cards);
    if (!merged || 'problem' in merged) {
      // Too many cards in all is a problem of the whole addition, not of one file: it names none.
      const problems: InputProblem[] = merged
        ? [{ source: { file: '' }, problem: merged.problem }]
        : read.problems;
      this.#say(
        this.#label('refused'),
        problems.map((problem) => this.#problem(problem)),
      );
      return false;
    }
    this.#cards = merged.cards;
    const kept = storeCards(browserStorage(), this.#cards);
    this.#say(
      `${fillIn(this.#label('added'), { added: merged.added, again: merged.again })}${kept ? '' : ` ${this.#label('notKept')}`}`,
    );
    this.#render();
    return true;
  }

  #problem({ source, problem }: InputProblem): string {
    const where = 'line' in source ? fillIn(this.#label('line'), { line: source.line }) : source.file;
    return fillIn(this.#label(`problem.${problem}`), { source: where }).replace(/^: /, '');
  }

  #say(text: string, problems: string[] = []) {
    dataPart(this, 'live-text').textContent = text;
    const list = dataPart(this, 'problems');
    listItems(list, problems);
    list.hidden = problems.length === 0;
  }

  #saveStatus(text: string) {
    dataPart(this, 'save-status').textContent = text;
  }

  #save() {
    this.#undo.drop();
    if (this.#cards.length === 0) {
      this.#saveStatus(this.#label('savedNone'));
      return;
    }
    const day = localDay(new Date());
    const file = `teamprofiel-${day}.json`;
    download(file, teamFile(this.#cards, day), 'application/json');
    this.#saveStatus(fillIn(this.#label('saved'), { file }));
  }

  #clear() {
    const cleared = this.#cards;
    this.#cards = [];
    const kept = storeCards(browserStorage(), []);
    this.#saveStatus(`${this.#label('cleared')}${kept ? '' : ` ${this.#label('notKept')}`}`);
    this.#render();
    this.#undo.offer(() => {
      // Cards added since the clearing stay; the cleared ones come back before them.
      const restored = mergeCards(cleared, this.#cards);
      this.#cards = 'problem' in restored ? cleared : restored.cards;
      storeCards(browserStorage(), this.#cards);
      this.#saveStatus(this.#label('restored'));
      this.#render();
    });
  }

  async #compare(file: File | undefined) {
    if (!file) return;
    this.#undo.drop();
    const text = file.size > MAX_INPUT_BYTES ? null : await file.text().catch(() => null);
    const read = readMomentFile(file.size, text);
    if ('problem' in read) {
      this.#saveStatus(
        `${this.#label('compareRefused')} ${this.#problem({ source: { file: file.name }, problem: read.problem })}`,
      );
      return;
    }
    this.#earlier = read.moment;
    this.#saveStatus(fillIn(this.#label('compared'), { date: this.#date(read.moment.savedOn) }));
    this.#render();
  }

  #date = (day: string) => longDate(`${day}T12:00:00`, this.#lang);

  #render() {
    const earlier = this.#earlier;
    for (const section of parts(this, 'section[data-scan]')) {
      const scan = section.dataset['scan'];
      if (!isScanName(scan)) continue;
      showScanProfile(section, scanProfile(scan, this.#cards), earlier && scanProfile(scan, earlier.cards), {
        number: (value) => this.#number.format(value),
        cards: (count) => fillIn(this.#labels, 'cards', { count }, this.#lang),
        itemTooFew: this.#label('itemTooFew'),
        earlierHead: earlier && fillIn(this.#label('column.earlier'), { date: this.#date(earlier.savedOn) }),
      });
    }
  }
}

customElements.define('team-profiel', TeamProfile);
