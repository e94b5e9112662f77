import type { Page } from 'playwright-core';

/**
 * The pointer targets on the page, or inside `within`, that break WCAG 2.5.8 (Target Size,
 * Minimum), each as `<tag> "<name>" <width>×<height>`. A target passes when it is at least
 * 24×24 CSS px; or, smaller, when a 24 px circle around its centre touches no other target
 * and no such circle of another small target (the spacing exception); or when it is a link
 * inside a line of text (the inline exception). A check box or radio button counts together
 * with its label, which the browser makes part of the same target. axe's own rule leaves
 * some controls out; this looks at every link, button, field and element with a tabindex.
 */
export function smallTargets(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const selector =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), ' +
      '[role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="tab"], [role="switch"], [role="menuitem"]';
    type Box = { left: number; top: number; right: number; bottom: number };
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      const { width, height } = element.getBoundingClientRect();
      return (
        width > 0 &&
        height > 0 &&
        style.pointerEvents !== 'none' &&
        element.checkVisibility({ visibilityProperty: true })
      );
    };
    // In a sentence: laid out inline, in a block that has text besides the link.
    const inText = (element: Element) => {
      if (getComputedStyle(element).display !== 'inline') return false;
      let block = element.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
      return (block?.textContent?.trim().length ?? 0) > (element.textContent?.trim().length ?? 0);
    };
    const boxOf = (element: Element): Box => {
      const boxes = [element, ...((element as HTMLInputElement).labels ?? [])]
        .filter(shown)
        .map((part) => part.getBoundingClientRect());
      return {
        left: Math.min(...boxes.map((box) => box.left)),
        top: Math.min(...boxes.map((box) => box.top)),
        right: Math.max(...boxes.map((box) => box.right)),
        bottom: Math.max(...boxes.map((box) => box.bottom)),
      };
    };
    const root = document.querySelector(scope) ?? document.body;
    const targets = [...root.querySelectorAll(selector)]
      .filter((element) => !element.closest('[inert]') && shown(element))
      .map((element) => ({ element, box: boxOf(element), inline: inText(element) }));
    const tolerance = 0.5; // sub-pixel layout: 23.6 px is drawn as 24
    const small = targets.filter(
      ({ box, inline }) =>
        !inline && (box.right - box.left < 24 - tolerance || box.bottom - box.top < 24 - tolerance),
    );
    const centre = (box: Box) => [(box.left + box.right) / 2, (box.top + box.bottom) / 2] as const;
    const distanceTo = ([x, y]: readonly [number, number], box: Box) =>
      Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
    return small
      .filter((target) => {
        const [x, y] = centre(target.box);
        return targets.some((other) => {
          if (related(other.element, target.element)) return false;
          if (!small.includes(other)) return distanceTo([x, y], other.box) < 12 - tolerance;
          const [otherX, otherY] = centre(other.box);
          return Math.hypot(x - otherX, y - otherY) < 24 - tolerance;
        });
      })
      .map(({ element, box }) => {
        const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
        return `${element.tagName.toLowerCase()} "${name}" ${Math.round(box.right - box.left)}×${Math.round(box.bottom - box.top)}`;
      });
  }, within);
}
