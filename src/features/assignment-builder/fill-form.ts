import type { Assignment } from '../assignments/assignment';
import { dataPart, part, parts } from '../../widgets/runtime/parts';

/**
 * Puts an assignment reopened from its link into the builder's form (`OpdrachtSamenstellen.astro`):
 * its title, instructions and due date, its modules ticked with their items as the link chose
 * them, everything else cleared, as if the educator had filled it in so.
 */
export function fillForm(form: HTMLElement, assignment: Assignment) {
  dataPart<HTMLInputElement>(form, 'title').value = assignment.title;
  dataPart<HTMLTextAreaElement>(form, 'instructions').value = assignment.instructions;
  dataPart<HTMLInputElement>(form, 'due').value = assignment.due ?? '';
  for (const fieldset of parts(form, '[data-module]')) {
    const chosen = assignment.modules.find((module) => module.slug === fieldset.dataset['module']);
    part<HTMLInputElement>(fieldset, '[data-module-check]').checked = chosen !== undefined;
    part(fieldset, '[data-items]').hidden = chosen === undefined;
    for (const box of parts<HTMLInputElement>(fieldset, '[data-question]'))
      box.checked = chosen?.questions.includes(box.value) ?? false;
    for (const box of parts<HTMLInputElement>(fieldset, '[data-widget]'))
      box.checked = chosen?.widgets.includes(box.value) ?? false;
  }
}
