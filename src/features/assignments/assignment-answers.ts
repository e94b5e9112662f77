/**
 * The reader's saved answers held against an assignment (see `assignment.ts`): which of its
 * items are done, and which answers are handed in. Both count a question as done once it has
 * a non-empty answer and a widget once any answer of its set is saved.
 */
import type { Assignment, Catalogue } from './assignment';
import type { PortfolioGroup } from '../mijn-werk/portfolio';
import type { SavedAnswer } from '../../lib/store-data';

export interface AssignmentItem {
  /** `read`: a module given without questions or widgets, done once visited. */
  kind: 'question' | 'widget' | 'read';
  /** The answer id (question), set id (widget) or module slug (read). */
  id: string;
  /** The question or the widget's name; empty for `read`. */
  label: string;
  done: boolean;
}

export interface AssignmentModuleProgress {
  slug: string;
  path: string;
  title: string;
  items: AssignmentItem[];
  done: number;
}

export interface AssignmentProgress {
  modules: AssignmentModuleProgress[];
  done: number;
  total: number;
}

const answered = (answer: SavedAnswer | undefined) => answer !== undefined && answer.text.trim() !== '';

const startsSet = (answerId: string, setId: string) => answerId.startsWith(`${setId}#`);

/** Which of the assignment's items the reader has done: questions answered, widgets used, modules visited. */
export function assignmentProgress(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
  visits: Record<string, string> = {},
): AssignmentProgress {
  const ids = Object.keys(answers);
  const modules = assignment.modules.flatMap((chosen): AssignmentModuleProgress[] => {
    const known = catalogue.find((module) => module.slug === chosen.slug);
    if (!known) return [];
    const items: AssignmentItem[] = [
      ...chosen.questions.flatMap((id): AssignmentItem[] => {
        const question = known.questions.find((candidate) => candidate.id === id);
        return question
          ? [
              {
                kind: 'question',
                id: question.id,
                label: question.text,
                done: answered(answers[question.id]),
              },
            ]
          : [];
      }),
      ...chosen.widgets.flatMap((id): AssignmentItem[] => {
        const widget = known.widgets.find((candidate) => candidate.id === id);
        return widget
          ? [
              {
                kind: 'widget',
                id,
                label: widget.name,
                done: ids.some((answerId) => startsSet(answerId, id)),
              },
            ]
          : [];
      }),
    ];
    if (items.length === 0) {
      const visited = [`/modules/${chosen.slug}/`, `/en/modules/${chosen.slug}/`].some(
        (path) => path in visits,
      );
      items.push({ kind: 'read', id: chosen.slug, label: '', done: visited });
    }
    return [
      {
        slug: known.slug,
        path: known.path,
        title: known.title,
        items,
        done: items.filter((item) => item.done).length,
      },
    ];
  });
  return {
    modules,
    done: modules.reduce((total, module) => total + module.done, 0),
    total: modules.reduce((total, module) => total + module.items.length, 0),
  };
}

/** Whether the answer `id` is one the assignment hands in: one of its questions, or an answer of one of its widgets' sets. */
export function isAssignmentAnswer(assignment: Assignment, id: string): boolean {
  return assignment.modules.some(
    (chosen) => chosen.questions.includes(id) || chosen.widgets.some((setId) => startsSet(id, setId)),
  );
}

/** Per module, in the assignment's order, the answers that belong to the assignment (and nothing else). */
export function handInGroups(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
): PortfolioGroup[] {
  const ids = Object.keys(answers).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return assignment.modules.flatMap((chosen): PortfolioGroup[] => {
    const known = catalogue.find((module) => module.slug === chosen.slug);
    if (!known) return [];
    const picked = [
      ...chosen.questions.filter((id) => answered(answers[id])),
      ...chosen.widgets.flatMap((setId) => ids.filter((id) => startsSet(id, setId))),
    ];
    const unique = [...new Set(picked)];
    return unique.length
      ? [{ path: known.path, title: known.title, answers: unique.map((id) => ({ ...answers[id]!, id })) }]
      : [];
  });
}

/** Exactly the assignment's answers, by id. */
export function handInAnswers(
  assignment: Assignment,
  catalogue: Catalogue,
  answers: Record<string, SavedAnswer>,
): Record<string, SavedAnswer> {
  return Object.fromEntries(
    handInGroups(assignment, catalogue, answers).flatMap((group) =>
      group.answers.map(({ id, ...answer }) => [id, answer] as const),
    ),
  );
}
