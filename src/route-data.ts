import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from './lib/with-base';

/** Hero buttons link from the site root in frontmatter; give them the deploy base too. */
export const onRequest = defineRouteMiddleware((context) => {
  const hero = context.locals.starlightRoute.entry.data.hero;
  for (const action of hero?.actions ?? []) {
    action.link = withBase(action.link, import.meta.env.BASE_URL);
  }
});
