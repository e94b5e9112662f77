import { ChoiceWidget } from '../runtime/choice-widget';
import type { Choice } from '../runtime/choice-answer';
import { fillIn } from '../../lib/fill-in';
import { scaleBand, scaleWording } from './scale-position';

class ParadoxDilemma extends ChoiceWidget {
  protected readonly feedbackBeforeChoice = 'all';

  get #max(): number {
    return this.shape.choices.length - 1;
  }

  protected describeChoice(choice: Choice): string {
    const position = Number(choice);
    const words = this.label(`wording.${scaleWording(position, this.#max)}`);
    return fillIn(this.label('positionText'), { position, max: this.#max, words });
  }

  protected feedbackKey(choice: Choice): string {
    return scaleBand(Number(choice), this.#max);
  }
}

customElements.define('paradox-dilemma', ParadoxDilemma);
