/** The `presenter.` UI strings `<kit-presenter>` reads, handed over by `Presenter.astro`. */
export const presenterLabelKeys = [
  'stepOf',
  'start',
  'pause',
  'running',
  'paused',
  'timeUp',
  'fullscreen',
  'leaveFullscreen',
  'showQuestions',
  'hideQuestions',
  'stepShown',
  'stepOver',
  'nextIs',
  'lastStep',
  'resumed',
  'clamped',
  'notKept',
  'loadFailed',
] as const;
export type PresenterLabel = (typeof presenterLabelKeys)[number];
