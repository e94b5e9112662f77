/**
 * Dragging with Pointer Events (mouse, pen and touch): the reader takes an item by its
 * `[data-handle]` and lets go over a `[data-zone]`, then `onDrop(item, zone)` runs. A press
 * that barely moves is no drag, so a tap or a click on the handle stays what it was. The look
 * of `.is-dragging` and `.is-target` is in `src/styles/site.css`.
 */
export interface PointerDragOptions {
  /** The item a handle belongs to, e.g. `li`. */
  item: string;
  /** Whether `zone` takes this item; the others are not highlighted and take no drop. */
  accepts: (item: HTMLElement, zone: HTMLElement) => boolean;
  onDrop: (item: HTMLElement, zone: HTMLElement) => void;
}

const DRAG_THRESHOLD_PX = 6;
const SCROLL_EDGE_PX = 48;

interface Drag {
  item: HTMLElement;
  x: number;
  y: number;
  moved: boolean;
}

export class PointerDrag {
  #drag: Drag | null = null;

  /** Listens on `host`, whose own items and zones it moves between: call it once, in the constructor. */
  constructor(
    readonly host: HTMLElement,
    readonly options: PointerDragOptions,
  ) {
    host.addEventListener('pointerdown', (event) => this.#start(event));
    host.addEventListener('pointermove', (event) => this.#move(event));
    host.addEventListener('pointerup', (event) => this.#end(event, true));
    host.addEventListener('pointercancel', (event) => this.#end(event, false));
  }

  /** The item the reader holds now: what another tab changed must not move it from under them. */
  get dragging(): HTMLElement | null {
    return this.#drag?.item ?? null;
  }

  #start(event: PointerEvent) {
    const handle = (event.target as Element).closest?.<HTMLElement>('[data-handle]');
    const item = handle?.closest<HTMLElement>(this.options.item);
    if (!handle || !item || event.button !== 0 || !event.isPrimary) return;
    this.#drag = { item, x: event.pageX, y: event.pageY, moved: false };
    handle.setPointerCapture(event.pointerId);
  }

  #move(event: PointerEvent) {
    const drag = this.#drag;
    if (!drag) return;
    const dx = event.pageX - drag.x;
    const dy = event.pageY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    drag.moved = true;
    drag.item.classList.add('is-dragging');
    drag.item.style.transform = `translate(${dx}px, ${dy}px)`;
    this.#highlight(this.#zoneAt(event, drag.item));
    // The page cannot scroll under a finger that drags, so it scrolls near the screen's edges.
    if (event.clientY < SCROLL_EDGE_PX) window.scrollBy(0, -SCROLL_EDGE_PX / 3);
    else if (event.clientY > window.innerHeight - SCROLL_EDGE_PX) window.scrollBy(0, SCROLL_EDGE_PX / 3);
  }

  #end(event: PointerEvent, drop: boolean) {
    const drag = this.#drag;
    if (!drag) return;
    this.#drag = null;
    const zone = drag.moved && drop ? this.#zoneAt(event, drag.item) : null;
    drag.item.classList.remove('is-dragging');
    drag.item.style.transform = '';
    this.#highlight(null);
    if (zone) this.options.onDrop(drag.item, zone);
  }

  /** The zone under the pointer, if it is the host's and takes the item. */
  #zoneAt(event: PointerEvent, item: HTMLElement): HTMLElement | null {
    const zone = document.elementFromPoint(event.clientX, event.clientY)?.closest<HTMLElement>('[data-zone]');
    return zone && this.host.contains(zone) && this.options.accepts(item, zone) ? zone : null;
  }

  #highlight(zone: HTMLElement | null) {
    this.host
      .querySelectorAll('.is-target')
      .forEach((other) => other !== zone && other.classList.remove('is-target'));
    zone?.classList.add('is-target');
  }
}
