import { ChoiceWidget } from '../runtime/choice-widget';
import type { Choice } from '../runtime/choice-answer';

class StapTerugStapVooruit extends ChoiceWidget {
  protected readonly feedbackBeforeChoice = 'none';

  protected describeChoice(choice: Choice): string {
    return this.label(`option.${choice}`);
  }

  protected feedbackKey(choice: Choice): string {
    return String(choice);
  }
}

customElements.define('stap-terug-stap-vooruit', StapTerugStapVooruit);
