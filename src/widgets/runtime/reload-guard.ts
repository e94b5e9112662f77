/**
 * Fired (cancelable) on `document` before the site reloads itself for a new version. What
 * holds input that a reload would lose (unsaved, or not storable in this browser) saves it
 * or cancels the event; the reader is then asked before anything is lost.
 */
export const BEFORE_RELOAD = 'leiderschap:before-reload';

/** Whether the page may reload without losing input. */
export const mayReload = () => document.dispatchEvent(new Event(BEFORE_RELOAD, { cancelable: true }));
