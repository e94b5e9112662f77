/**
 * Many students' hand-in files (see `../assignment-page/assignment-hand-in.ts`) read for the
 * class overview. Each file goes through Mijn werk's checks (`readAnswersFile`) and must
 * carry a student's name and an assignment that passes the link's checks. A file that does
 * not is refused with its reason; a good file of another assignment, another version of it
 * or another language is set apart with its reason, never mixed in. Never throws.
 */
import { MAX_FILE_BYTES, readAnswersFile, type ImportError } from '../../lib/answers-file';
import { isRecord, type SavedAnswer } from '../../lib/store-data';
import type { Assignment, Catalogue } from '../assignments/assignment';
import { checkAssignment, cleanTitle, truncate } from '../assignments/assignment-checks';
import { encodeAssignment } from '../assignments/assignment-link';

/** More files than this at once are not read: a class, not a school. */
export const MAX_FILES = 200;
/** As long as the name field on the assignment page allows. */
const MAX_NAME = 120;

export interface HandInText {
  /** The file's name, shown with its reason. */
  name: string;
  /** Null when the browser could not read the file. */
  text: string | null;
  /** In bytes; the text's length when not given. */
  size?: number;
}

export interface HandIn {
  file: string;
  student: string;
  exportedAt: string;
  assignment: Assignment;
  answers: Record<string, SavedAnswer>;
}

export type RefusedReason =
  ImportError | 'unreadable' | 'too-many' | 'no-assignment' | 'bad-assignment' | 'no-student';
export type SetApartReason = 'other-assignment' | 'other-version' | 'other-language';

export interface ReadHandIns {
  /** The assignment the hand-ins are held against: the one opened, or that of the first good file. */
  assignment: Assignment | null;
  handIns: HandIn[];
  setApart: { file: string; student: string; reason: SetApartReason }[];
  refused: { file: string; reason: RefusedReason }[];
}

/** A file's assignment, as the hand-in writes it, read back through the link's checks. */
function readAssignment(value: unknown, catalogue: Catalogue): Assignment | null {
  if (!isRecord(value)) return null;
  const modules = Array.isArray(value['modules']) ? value['modules'] : null;
  const { assignment, problems } = checkAssignment(
    {
      t: value['title'],
      i: value['instructions'],
      d: value['due'] ?? undefined,
      m: modules?.map((module) =>
        isRecord(module) ? { s: module['slug'], q: module['questions'], w: module['widgets'] } : null,
      ),
    },
    catalogue,
  );
  // A hand-in is made from a checked assignment, so any problem means it was changed or is outdated.
  return problems.length === 0 ? assignment : null;
}

/** The language a hand-in was made in, from the pages its answers were given on; null if it holds none. */
function handInLanguage(answers: Record<string, SavedAnswer>): 'en' | 'nl' | null {
  const pages = Object.values(answers).map((answer) => answer.page);
  if (pages.length === 0) return null;
  return pages.every((page) => page.startsWith('/en/')) ? 'en' : 'nl';
}

type Checked = { ok: HandIn } | { reason: RefusedReason };

function readOne(file: HandInText & { text: string }, catalogue: Catalogue): Checked {
  const read = readAnswersFile(file.text, file.size ?? file.text.length);
  if ('error' in read) return { reason: read.error };
  const raw = JSON.parse(file.text) as Record<string, unknown>;
  if (raw['assignment'] === undefined) return { reason: 'no-assignment' };
  const assignment = readAssignment(raw['assignment'], catalogue);
  if (!assignment) return { reason: 'bad-assignment' };
  const student = typeof raw['student'] === 'string' ? truncate(cleanTitle(raw['student']), MAX_NAME) : '';
  if (!student) return { reason: 'no-student' };
  const exportedAt =
    typeof raw['exportedAt'] === 'string' && !Number.isNaN(Date.parse(raw['exportedAt']))
      ? raw['exportedAt']
      : new Date(0).toISOString();
  return { ok: { file: file.name, student, exportedAt, assignment, answers: read.ok.answers } };
}

/**
 * Reads the files against `opened` (the assignment of the page's link, or null) in the
 * page's language `lang`. Files beyond `MAX_FILES` are refused, the rest still read.
 */
export function readHandIns(
  files: readonly HandInText[],
  opened: Assignment | null,
  catalogue: Catalogue,
  lang: string,
): ReadHandIns {
  const result: ReadHandIns = { assignment: opened, handIns: [], setApart: [], refused: [] };
  let expected = opened === null ? null : encodeAssignment(opened);
  for (const [index, file] of files.entries()) {
    const checked: Checked =
      index >= MAX_FILES
        ? { reason: 'too-many' }
        : (file.size ?? 0) > MAX_FILE_BYTES
          ? { reason: 'too-large' }
          : file.text === null
            ? { reason: 'unreadable' }
            : readOne({ ...file, text: file.text }, catalogue);
    if ('reason' in checked) {
      result.refused.push({ file: file.name, reason: checked.reason });
      continue;
    }
    const handIn = checked.ok;
    const language = handInLanguage(handIn.answers);
    // Same title but other items: the educator changed the assignment after sharing it.
    const reason: SetApartReason | null =
      language !== null && language !== (lang === 'en' ? 'en' : 'nl')
        ? 'other-language'
        : expected !== null && encodeAssignment(handIn.assignment) !== expected
          ? result.assignment?.title === handIn.assignment.title
            ? 'other-version'
            : 'other-assignment'
          : null;
    if (reason) {
      result.setApart.push({ file: file.name, student: handIn.student, reason });
      continue;
    }
    if (expected === null) {
      result.assignment = handIn.assignment;
      expected = encodeAssignment(handIn.assignment);
    }
    result.handIns.push(handIn);
  }
  return result;
}
