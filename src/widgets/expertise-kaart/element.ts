import { AnswerWidget } from '../runtime/answer-widget';
import { fromTemplate, listItems } from '../runtime/dom';
import { part } from '../runtime/parts';
import { EditableList, type ListGroup } from '../runtime/editable-list';
import type { SavedAnswer } from '../../lib/store-data';
import { fillIn } from '../../lib/fill-in';
import { explainMatch, matchExpertise, type Member, type MemberMatch, type Question } from './matching';
import { memberList, questionList, type MapList } from './lists';
import type { ExpertiseMapLabel } from './labels';
import { printMap } from './print';

/** The labels that differ between the two lists. */
interface ListLabelKeys {
  formAdd: ExpertiseMapLabel;
  formEdit: ExpertiseMapLabel;
  required: ExpertiseMapLabel;
  editItem: ExpertiseMapLabel;
  removeItem: ExpertiseMapLabel;
  prompt: ExpertiseMapLabel;
}

/** The expertise map (see `Expertisekaart.astro`): two editable lists, matched to each other. */
class ExpertiseKaart extends AnswerWidget<ExpertiseMapLabel> {
  #set = this.dataset['set'] ?? '';
  #group: ListGroup = [];
  #members = this.#list(memberList, {
    formAdd: 'memberFormAdd',
    formEdit: 'memberFormEdit',
    required: 'nameRequired',
    editItem: 'editMember',
    removeItem: 'removeMember',
    prompt: 'membersPrompt',
  });
  #questions = this.#list(questionList, {
    formAdd: 'questionFormAdd',
    formEdit: 'questionFormEdit',
    required: 'questionRequired',
    editItem: 'editQuestion',
    removeItem: 'removeQuestion',
    prompt: 'questionsPrompt',
  });

  #list<T extends { id: string }, Field extends string>(kind: MapList<T, Field>, keys: ListLabelKeys) {
    const words = () => ({ affinity: this.label('summaryAffinity'), none: this.label('summaryNone') });
    const labels = {
      formAdd: this.label(keys.formAdd),
      formEdit: this.label(keys.formEdit),
      required: this.label(keys.required),
      editItem: this.label(keys.editItem),
      removeItem: this.label(keys.removeItem),
      add: this.label('add'),
      saveEdit: this.label('saveEdit'),
      added: this.label('added'),
      updated: this.label('updated'),
      removed: this.label('removed'),
      restored: this.label('restored'),
      notKept: this.label('notKept'),
    };
    const list: EditableList<T, Field> = new EditableList(
      this,
      kind,
      labels,
      {
        save: () =>
          this.save(this.#answerId(kind), {
            value: list.stored(),
            text: kind.summarise(list.items, words()),
            prompt: this.label(keys.prompt),
          }),
        changed: () => this.#render(),
      },
      this.#group,
    );
    return list;
  }

  #answerId(kind: MapList<{ id: string }, string>) {
    return `${this.#set}#${kind.answerSuffix}`;
  }

  override connectedCallback() {
    part(this, '[data-app]').hidden = false;
    super.connectedCallback();
  }

  protected override restore(answers: Record<string, SavedAnswer>, changedIds: string[] | null) {
    const read = (list: { read(value: unknown): void }, kind: MapList<{ id: string }, string>) => {
      const id = this.#answerId(kind);
      if (changedIds && !changedIds.includes(id)) return false;
      list.read(answers[id]?.value);
      return true;
    };
    const readMembers = read(this.#members, memberList);
    const readQuestions = read(this.#questions, questionList);
    if (!readMembers && !readQuestions) return;
    this.#render();
    if (changedIds) this.#members.say(this.label('updatedElsewhere'));
  }

  #render() {
    this.#members.render();
    this.#questions.render();
    this.#renderMatches(this.#members.items, this.#questions.items);
    const count = this.#members.unreadable.length + this.#questions.unreadable.length;
    const notice = part(this, '[data-unreadable]');
    notice.textContent =
      count > 0 ? fillIn(this.labels, 'unreadable', { count }, document.documentElement.lang) : '';
    notice.hidden = count === 0;
  }

  #renderMatches(members: Member[], questions: Question[]) {
    const map = matchExpertise(members, questions);
    const nameOf = new Map(members.map((member) => [member.id, member.name]));
    const why = { expertise: this.label('why.expertise'), affinity: this.label('why.affinity') };
    const describe = (match: MemberMatch) =>
      `${nameOf.get(match.memberId)} (${explainMatch(match, why, (items) => items.join(', '))})`;
    const ready = members.length > 0 && questions.length > 0;
    part(this, '[data-matches-empty]').hidden = ready;
    const template = part<HTMLTemplateElement>(this, '[data-match-row]');
    part(this, '[data-matches]').replaceChildren(
      ...(ready ? questions : []).map((question, index) => {
        const row = fromTemplate(template);
        const matches = map.questions[index]!;
        part(row, '[data-question]').textContent = question.question;
        for (const group of ['lead', 'contribute'] as const) {
          const people = part(row, `ul[data-group="${group}"]`);
          if (matches[group].length === 0) {
            part(row, `[data-group-label="${group}"]`).remove();
            people.remove();
          } else listItems(people, matches[group].map(describe));
        }
        if (matches.lead.length + matches.contribute.length > 0) part(row, '[data-nobody]').remove();
        return row;
      }),
    );
    const unmatched = ready ? map.unmatched.flatMap((id) => nameOf.get(id) ?? []) : [];
    part(this, '[data-unmatched-block]').hidden = unmatched.length === 0;
    listItems(part(this, '[data-unmatched]'), unmatched);
    printMap(this, { members, questions, matches: map.questions, unmatched }, describe);
  }
}

customElements.define('expertise-kaart', ExpertiseKaart);
