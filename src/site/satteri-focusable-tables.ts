import { defineHastPlugin } from 'satteri';

/**
 * Starlight lets a wide table scroll sideways inside the text column (on a phone, most tables
 * with three columns do). A region that scrolls must be reachable by keyboard, or a reader
 * without a mouse cannot see its right-hand side (WCAG 2.1.1; axe: scrollable-region-focusable),
 * so every table in the content is a tab stop.
 */
export function focusableTables() {
  return defineHastPlugin({
    name: 'focusable-tables',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        ctx.setProperty(node, 'tabIndex', 0);
      },
    },
  });
}
