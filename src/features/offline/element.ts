import { mayReload } from '../../widgets/runtime/reload-guard';
import { part } from '../../widgets/runtime/parts';

type Message = 'offline' | 'ready' | 'update' | 'unsaved';

/**
 * The small notice of `<OfflineStatus>`: registers the service worker, asks it to keep this
 * page's language for offline reading, and tells the reader when they are offline, when the
 * site has become usable offline and when a new version is ready. Reloading for the new
 * version first lets the page save what the reader typed (`reload-guard.ts`).
 */
class OfflineStatus extends HTMLElement {
  #labels: Record<string, string> = JSON.parse(this.dataset['labels'] ?? '{}');
  #notice = part<HTMLElement>(this, '[data-notice]');
  #announce = part<HTMLElement>(this, '[data-announce]');
  #text = part<HTMLElement>(this, '[data-text]');
  #reload = part<HTMLButtonElement>(this, '[data-reload]');
  #close = part<HTMLButtonElement>(this, '[data-close]');
  #shown: Message | null = null;
  #updateReady = false;
  #reloading = false;

  connectedCallback() {
    addEventListener('offline', () => this.#show('offline'));
    addEventListener(
      'online',
      () => this.#shown === 'offline' && this.#show(this.#updateReady ? 'update' : null),
    );
    if (!navigator.onLine) this.#show('offline');
    this.#reload.addEventListener('click', () => this.#reloadForUpdate());
    this.#close.addEventListener('click', () => this.#show(null));
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    // Once the page has loaded, so that filling the offline copy never slows the first visit down.
    if (document.readyState === 'complete') void this.#register();
    else addEventListener('load', () => void this.#register(), { once: true });
  }

  async #register() {
    const { serviceWorker } = navigator;
    const firstVisit = serviceWorker.controller === null;
    let controlled = !firstVisit;
    serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string; newly?: boolean }>) => {
      if (event.data?.type !== 'offline-ready' || !event.data.newly || !firstVisit) return;
      this.#show('ready');
      // Good news only: it makes way by itself, unless something more important replaced it.
      setTimeout(() => this.#shown === 'ready' && this.#show(null), 8000);
    });
    // A new worker took over: after a reload asked for here, or an update let in by another tab.
    // (On a first visit the first worker takes over too; that is no new version.)
    serviceWorker.addEventListener('controllerchange', () => {
      if (this.#reloading) location.reload();
      else if (controlled) this.#updateFound();
      controlled = true;
    });
    let registration: ServiceWorkerRegistration;
    try {
      registration = await serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, {
        scope: import.meta.env.BASE_URL,
      });
    } catch {
      return; // No service worker (a private window may refuse one): the site works online as before.
    }
    if (registration.waiting && serviceWorker.controller) this.#updateFound();
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener(
        'statechange',
        () => installing.state === 'installed' && serviceWorker.controller && this.#updateFound(),
      );
    });
    (await serviceWorker.ready).active?.postMessage({
      type: 'keep-language',
      lang: document.documentElement.lang,
    });
  }

  #updateFound() {
    this.#updateReady = true;
    if (this.#shown !== 'offline') this.#show('update');
  }

  async #reloadForUpdate() {
    if (this.#shown !== 'unsaved' && !mayReload()) return this.#show('unsaved');
    this.#reloading = true;
    const { waiting } = (await navigator.serviceWorker.getRegistration()) ?? {};
    waiting?.postMessage({ type: 'activate-update' });
    // The new worker takes over and the page reloads then (`controllerchange`). Chromium may hold
    // it back while this page is still fetching (the code a save loads, say): then this reload
    // lets it in. Without a waiting worker there is nothing to wait for.
    setTimeout(() => location.reload(), waiting ? 3000 : 0);
  }

  #show(message: Message | null) {
    this.#shown = message;
    this.#notice.hidden = message === null;
    this.#text.textContent = this.#announce.textContent = message ? this.#labels[message]! : '';
    this.#reload.hidden = message !== 'update' && message !== 'unsaved';
    this.#reload.textContent = this.#labels[message === 'unsaved' ? 'reloadAnyway' : 'reload']!;
  }
}

customElements.define('offline-status', OfflineStatus);
