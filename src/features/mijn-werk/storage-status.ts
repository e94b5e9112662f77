import { fillIn } from '../../lib/fill-in';
import { byteSize, reportStorage } from '../../lib/storage-report';
import type { PortfolioLabel } from './labels';

/**
 * "Wat wordt bewaard": whether the browser keeps this site's storage, with what that means for
 * the reader, and how much space it uses, as the browser says (`storage-report.ts`).
 */
export class StorageStatus {
  /** The latest request: an older answer that arrives after it is not shown. */
  #request = 0;

  constructor(
    readonly kept: HTMLElement,
    readonly space: HTMLElement,
    readonly label: (key: PortfolioLabel) => string,
    readonly lang: string,
  ) {}

  async show() {
    const request = ++this.#request;
    const report = await reportStorage(navigator.storage as StorageManager | undefined);
    if (request !== this.#request) return;
    this.kept.textContent = this.label(
      report.persisted === null
        ? 'storage.keptUnknown'
        : report.persisted
          ? 'storage.kept'
          : 'storage.notKept',
    );
    this.space.textContent = report.space
      ? fillIn(this.label('storage.space'), {
          used: byteSize(report.space.usage, this.lang),
          quota: byteSize(report.space.quota, this.lang),
        })
      : this.label('storage.spaceUnknown');
  }
}
