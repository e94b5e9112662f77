/**
 * The expertise map's two lists, as `EditableList` kinds: the team's members and the
 * school's questions. Stored as `<id>#leden` and `<id>#vragen` (shapes in `Expertisekaart.astro`).
 */
import type { ListKind } from '../runtime/editable-list';
import {
  parseTags,
  readMembers,
  readQuestions,
  summariseMembers,
  summariseQuestions,
  type Member,
  type Question,
  type SummaryWords,
} from './matching';

/** A list of the map: its kind, the suffix of its answer id and its plain-text summary. */
export interface MapList<T extends { id: string }, Field extends string> extends ListKind<T, Field> {
  answerSuffix: 'leden' | 'vragen';
  summarise(items: T[], words: SummaryWords): string;
}

export const memberList: MapList<Member, 'expertise' | 'affinity'> = {
  name: 'members',
  answerSuffix: 'leden',
  idPrefix: 'm',
  mainField: 'name',
  tagFields: ['expertise', 'affinity'],
  read: readMembers,
  make: (id, name, typed) => ({
    id,
    name,
    expertise: parseTags(typed.expertise),
    affinity: parseTags(typed.affinity),
  }),
  nameOf: (member) => member.name,
  tagsOf: ({ expertise, affinity }) => ({ expertise, affinity }),
  summarise: summariseMembers,
};

export const questionList: MapList<Question, 'keywords'> = {
  name: 'questions',
  answerSuffix: 'vragen',
  idPrefix: 'q',
  mainField: 'question',
  tagFields: ['keywords'],
  read: readQuestions,
  make: (id, question, typed) => ({ id, question, keywords: parseTags(typed.keywords) }),
  nameOf: (question) => question.question,
  tagsOf: ({ keywords }) => ({ keywords }),
  summarise: summariseQuestions,
};
