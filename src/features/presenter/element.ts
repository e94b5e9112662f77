/**
 * `<kit-presenter>`: shows the kit's plan one step at a time in a full-viewport dialog (and
 * full screen where the browser allows), with a timer per step. The steps are read from the
 * plan table on this page (`plan-steps.ts`), the timer is `step-timer.ts`, and where the
 * presentation was is kept for a reload (`presenter-position.ts`). The time is shown every
 * second but announced only when a step's time is up, through one polite status line.
 */
import { fillIn } from '../../lib/fill-in';
import { listItems } from '../../widgets/runtime/dom';
import { dataPart } from '../../widgets/runtime/parts';
import type { PresenterLabel } from './labels';
import { planSteps, type PlanStep } from './plan-steps';
import { positionKey } from './position-key';
import { restorePosition, savePosition } from './presenter-position';
import {
  clockText,
  goTo,
  isOver,
  isRunning,
  remaining,
  stepStart,
  toggle,
  type StepTimer,
} from './step-timer';
import { sectionPart } from './page-sections';

class KitPresenter extends HTMLElement {
  private labels = {} as Record<PresenterLabel, string>;
  private steps: PlanStep[] = [];
  private timer!: StepTimer;
  private storage: Storage | null = null;
  private ticking: ReturnType<typeof setInterval> | undefined;
  /** Whether the shown step's time was already up when last drawn, so that its end is announced once. */
  private wasOver = false;
  private layer!: HTMLDialogElement;

  connectedCallback() {
    this.labels = JSON.parse(this.dataset['labels'] ?? '{}') as Record<PresenterLabel, string>;
    const table = sectionPart<HTMLTableElement>(this.dataset['planHeading'] ?? '', 'table');
    const rows = [...(table?.tBodies[0]?.rows ?? [])].map((row) =>
      [...row.cells].map((cell) => cell.textContent ?? ''),
    );
    const plan = planSteps(rows);
    if ('problem' in plan) {
      console.error(`<kit-presenter>: the plan cannot be presented (${plan.problem})`);
      dataPart(this, 'start').hidden = true;
      return;
    }
    this.steps = plan.steps;
    const questions = sectionPart(this.dataset['questionsHeading'] ?? '', 'ul, ol');
    listItems(
      dataPart(this, 'question-list'),
      [...(questions?.children ?? [])].map((item) => item.textContent?.trim() ?? ''),
    );
    dataPart(this, 'questions-toggle').hidden = !questions;
    try {
      this.storage = window.sessionStorage;
    } catch {
      this.storage = null;
    }
    this.layer = dataPart<HTMLDialogElement>(this, 'layer');
    this.wire();
    dataPart(this, 'start').hidden = false;
    this.resume();
  }

  private get key() {
    return positionKey(this.dataset['kit'] ?? location.pathname);
  }

  private wire() {
    const on = (name: string, action: () => void) => dataPart(this, name).addEventListener('click', action);
    on('open', () => this.open(true));
    on('close', () => this.layer.close());
    on('back', () => this.move(-1));
    on('next', () => this.move(1));
    on('toggle', () => this.change(toggle(this.timer, Date.now())));
    on('fullscreen', () => void this.toggleFullscreen());
    on('questions-toggle', () => {
      const list = dataPart(this, 'questions');
      list.hidden = !list.hidden;
      this.drawQuestionsToggle();
    });
    // On the document: the view is modal, and a button disabled under the focus leaves the focus on the body.
    document.addEventListener('keydown', (event) => {
      if (this.layer.open) this.onKey(event);
    });
    this.layer.addEventListener('close', () => {
      clearInterval(this.ticking);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      this.keep();
    });
    document.addEventListener('fullscreenchange', () => this.drawFullscreen());
  }

  /** Where the presentation was before a reload, or step 1. */
  private resume() {
    const now = Date.now();
    const position = restorePosition(this.storage, this.key, this.steps, now);
    this.timer = position?.timer ?? stepStart(this.steps, 0);
    this.wasOver = isOver(this.timer, now);
    if (!position?.open) return;
    this.open(false);
    const time = clockText(remaining(this.timer, now));
    const said = fillIn(this.labels.resumed, { step: this.timer.step + 1, time });
    this.announce(said);
    if (position.clamped) this.notice(fillIn(this.labels.clamped, { time }));
  }

  private open(asked: boolean) {
    if (!this.layer.open) this.layer.showModal();
    // Full screen needs the reader's click; after a reload the layer fills the window and the button offers it.
    if (asked) void this.toggleFullscreen();
    this.draw();
    this.drawQuestionsToggle();
    this.drawFullscreen();
    dataPart(this, 'step-title').focus();
    this.keep();
  }

  private async toggleFullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else if (document.fullscreenEnabled) await document.documentElement.requestFullscreen();
    } catch {
      // Not allowed here (a frame, a policy, a browser setting): the layer still fills the window.
    }
  }

  private onKey(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const actions: Record<string, () => void> = {
      ArrowRight: () => this.move(1),
      PageDown: () => this.move(1),
      ArrowLeft: () => this.move(-1),
      PageUp: () => this.move(-1),
      // Space starts and pauses the time wherever the focus is; Enter still presses a focused button.
      ' ': () => this.change(toggle(this.timer, Date.now())),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  private move(by: number) {
    const now = Date.now();
    const next = goTo(this.timer, this.steps, this.timer.step + by, now);
    if (next === this.timer) return;
    this.wasOver = false;
    this.change(next);
    const step = this.steps[next.step]!;
    this.announce(
      fillIn(this.labels.stepShown, { step: next.step + 1, count: this.steps.length, title: step.title }),
    );
  }

  private change(timer: StepTimer) {
    this.timer = timer;
    this.draw();
    this.keep();
  }

  /** Saves where the presentation is; says once when this browser cannot keep it. */
  private keep() {
    const kept = savePosition(this.storage, this.key, this.layer.open, this.timer, Date.now());
    if (!kept && this.layer.open && dataPart(this, 'notice').hidden) this.notice(this.labels.notKept);
  }

  private draw() {
    const now = Date.now();
    const { step } = this.timer;
    const shown = this.steps[step]!;
    dataPart(this, 'position').textContent = fillIn(this.labels.stepOf, {
      step: step + 1,
      count: this.steps.length,
    });
    dataPart(this, 'step-title').textContent = shown.title;
    dataPart(this, 'step-text').textContent = shown.text;
    dataPart<HTMLButtonElement>(this, 'back').disabled = step === 0;
    dataPart<HTMLButtonElement>(this, 'next').disabled = step === this.steps.length - 1;
    this.drawTime(now);
    clearInterval(this.ticking);
    if (isRunning(this.timer, now)) this.ticking = setInterval(() => this.drawTime(Date.now()), 250);
  }

  private drawTime(now: number) {
    const over = isOver(this.timer, now);
    const running = isRunning(this.timer, now);
    dataPart(this, 'clock').textContent = clockText(remaining(this.timer, now));
    dataPart(this, 'timer-state').textContent = over
      ? this.labels.timeUp
      : running
        ? this.labels.running
        : this.labels.paused;
    const toggleButton = dataPart<HTMLButtonElement>(this, 'toggle');
    toggleButton.textContent = running ? this.labels.pause : this.labels.start;
    toggleButton.disabled = over;
    if (over && !this.wasOver) {
      clearInterval(this.ticking);
      this.announce(this.stepOverText());
    }
    this.wasOver = over;
    // A pressed button now disabled (first or last step, time up) would leave the focus on the body.
    if (this.layer.open && (document.activeElement as HTMLButtonElement | null)?.disabled)
      dataPart(this, 'step-title').focus();
  }

  private stepOverText() {
    const { step } = this.timer;
    const over = fillIn(this.labels.stepOver, { step: step + 1, title: this.steps[step]!.title });
    const next = this.steps[step + 1];
    return `${over} ${next ? fillIn(this.labels.nextIs, { title: next.title }) : this.labels.lastStep}`;
  }

  private drawQuestionsToggle() {
    const open = !dataPart(this, 'questions').hidden;
    const toggleButton = dataPart(this, 'questions-toggle');
    toggleButton.setAttribute('aria-expanded', String(open));
    toggleButton.textContent = open ? this.labels.hideQuestions : this.labels.showQuestions;
  }

  private drawFullscreen() {
    const button = dataPart(this, 'fullscreen');
    button.hidden = !document.fullscreenEnabled;
    button.textContent = document.fullscreenElement ? this.labels.leaveFullscreen : this.labels.fullscreen;
  }

  private announce(text: string) {
    dataPart(this, 'announce').textContent = text;
  }

  private notice(text: string) {
    const notice = dataPart(this, 'notice');
    notice.textContent = text;
    notice.hidden = false;
  }
}

customElements.define('kit-presenter', KitPresenter);
