import { defineHastPlugin } from 'satteri';
import { withBase } from '../lib/with-base';

/** Markdown links are written from the site root; this gives them the deploy base. */
export function baseLinks(base: string) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href !== 'string') return;
        const prefixed = withBase(href, base);
        if (prefixed !== href) ctx.setProperty(node, 'href', prefixed);
      },
    },
  });
}
