/**
 * An expertise map: who in a team could take the lead on, or contribute to, each of the
 * school's questions, matched on expertise and affinity (interests). Leadership goes to
 * whoever has the expertise and affinity (Amels, 2021), so a match on expertise suggests a
 * lead and a match on affinity alone a contribution. Members matched to nothing are named
 * too: the quieter teachers' expertise should not go unused.
 *
 * Keywords match when, normalised, one is the other or occurs in it as whole words:
 * "lezen" matches "begrijpend lezen" but "ict" does not match "dictee".
 */
import { fillIn } from '../../lib/fill-in';

export type Member = {
  id: string;
  name: string;
  expertise: string[];
  affinity: string[];
};

export type Question = {
  id: string;
  question: string;
  keywords: string[];
};

/** One keyword of a question found in one tag of a member. */
export interface KeywordHit {
  keyword: string;
  tag: string;
}

export interface MemberMatch {
  memberId: string;
  expertise: KeywordHit[];
  affinity: KeywordHit[];
}

export interface QuestionMatches {
  questionId: string;
  /** Matched on expertise, best first: those with affinity as well, then most keywords. */
  lead: MemberMatch[];
  /** Matched on affinity only. */
  contribute: MemberMatch[];
}

export interface ExpertiseMap {
  questions: QuestionMatches[];
  /** Members matched to no question, in list order. */
  unmatched: string[];
}

/**
 * A keyword as compared: Dutch lowercase, accents and the trema ignored ("coöperatief" =
 * "cooperatief"), hyphens, slashes and runs of spaces as one space, trimmed.
 */
export function normaliseKeyword(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('nl')
    .replace(/[-‐–—/_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tags typed in one field, split on commas or semicolons, trimmed, without empties or repeats. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const tag = part.replace(/\s+/g, ' ').trim();
    const key = normaliseKeyword(tag);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

const containsWords = (text: string, words: string) => ` ${text} `.includes(` ${words} `);

/** Whether a question's keyword and a member's tag mean the same thing here. */
export function keywordMatches(keyword: string, tag: string): boolean {
  const a = normaliseKeyword(keyword);
  const b = normaliseKeyword(tag);
  return a !== '' && b !== '' && (containsWords(a, b) || containsWords(b, a));
}

function hits(keywords: string[], tags: string[]): KeywordHit[] {
  return keywords.flatMap((keyword) => {
    const tag = tags.find((candidate) => keywordMatches(keyword, candidate));
    return tag === undefined ? [] : [{ keyword, tag }];
  });
}

const strength = (match: MemberMatch) =>
  (match.affinity.length > 0 ? 1000 : 0) + match.expertise.length * 10 + match.affinity.length;

/** Who fits which question, and who fits none yet. */
export function matchExpertise(members: Member[], questions: Question[]): ExpertiseMap {
  const matched = new Set<string>();
  const perQuestion = questions.map((question) => {
    const lead: MemberMatch[] = [];
    const contribute: MemberMatch[] = [];
    for (const member of members) {
      const match = {
        memberId: member.id,
        expertise: hits(question.keywords, member.expertise),
        affinity: hits(question.keywords, member.affinity),
      };
      if (match.expertise.length > 0) lead.push(match);
      else if (match.affinity.length > 0) contribute.push(match);
      else continue;
      matched.add(member.id);
    }
    // Array.prototype.sort is stable: equals keep the team's order.
    lead.sort((a, b) => strength(b) - strength(a));
    contribute.sort((a, b) => strength(b) - strength(a));
    return { questionId: question.id, lead, contribute };
  });
  return {
    questions: perQuestion,
    unmatched: members.filter((member) => !matched.has(member.id)).map((member) => member.id),
  };
}

/** The words that say why a member matches; templates have `{blanks}`. */
export interface MatchWords {
  /** `{tags}`: the member's matching expertise tags */
  expertise: string;
  /** `{tags}`: the member's matching affinity tags */
  affinity: string;
}

/** Why a member matches, in words: "expertise: lezen; interesse: NT2". */
export function explainMatch(
  match: MemberMatch,
  words: MatchWords,
  list: (items: string[]) => string,
): string {
  const tags = (found: KeywordHit[]) => list([...new Set(found.map((hit) => hit.tag))]);
  const parts = [];
  if (match.expertise.length > 0) parts.push(fillIn(words.expertise, { tags: tags(match.expertise) }));
  if (match.affinity.length > 0) parts.push(fillIn(words.affinity, { tags: tags(match.affinity) }));
  return parts.join('; ');
}

const ID = /^[a-z0-9][a-z0-9.-]*$/;
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isTagList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((tag) => typeof tag === 'string');

/**
 * What can be used of a stored list, and what cannot: items of the wrong shape or with a
 * repeated id go to `unreadable`, untouched, so that saving can keep them. A value that is
 * not a list at all is one unreadable item.
 */
function readList<T extends { id: string }>(
  value: unknown,
  read: (item: Record<string, unknown>) => T | null,
) {
  const usable: T[] = [];
  const unreadable: unknown[] = [];
  if (value === undefined || value === null) return { usable, unreadable };
  if (!Array.isArray(value)) return { usable, unreadable: [value] };
  const ids = new Set<string>();
  for (const item of value) {
    const parsed =
      isRecord(item) && typeof item['id'] === 'string' && ID.test(item['id']) && !ids.has(item['id'])
        ? read(item)
        : null;
    if (parsed) {
      ids.add(parsed.id);
      usable.push(parsed);
    } else {
      unreadable.push(item);
    }
  }
  return { usable, unreadable };
}

export function readMembers(value: unknown): { usable: Member[]; unreadable: unknown[] } {
  return readList(value, (item) =>
    typeof item['name'] === 'string' &&
    item['name'].trim() !== '' &&
    isTagList(item['expertise']) &&
    isTagList(item['affinity'])
      ? {
          id: item['id'] as string,
          name: item['name'],
          expertise: item['expertise'],
          affinity: item['affinity'],
        }
      : null,
  );
}

export function readQuestions(value: unknown): { usable: Question[]; unreadable: unknown[] } {
  return readList(value, (item) =>
    typeof item['question'] === 'string' && item['question'].trim() !== '' && isTagList(item['keywords'])
      ? { id: item['id'] as string, question: item['question'], keywords: item['keywords'] }
      : null,
  );
}

/** The words of the plain-text summaries kept with the answers. */
export interface SummaryWords {
  /** `{tags}`: a member's interests, after the expertise */
  affinity: string;
  /** Said when a list is empty. */
  none: string;
}

/** The team as one line of plain text: "Anna: lezen, NT2 (interesse: muziek); Bram: rekenen". */
export function summariseMembers(members: Member[], words: SummaryWords): string {
  if (members.length === 0) return words.none;
  return members
    .map((member) => {
      const expertise = member.expertise.length > 0 ? `: ${member.expertise.join(', ')}` : '';
      const affinity =
        member.affinity.length > 0 ? ` ${fillIn(words.affinity, { tags: member.affinity.join(', ') })}` : '';
      return `${member.name}${expertise}${affinity}`;
    })
    .join('; ');
}

/** The questions as one line of plain text: "Begrijpend lezen (lezen, tekstbegrip); Pauzes". */
export function summariseQuestions(questions: Question[], words: SummaryWords): string {
  if (questions.length === 0) return words.none;
  return questions
    .map((item) =>
      item.keywords.length > 0 ? `${item.question} (${item.keywords.join(', ')})` : item.question,
    )
    .join('; ');
}
