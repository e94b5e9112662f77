import type { APIRoute } from 'astro';
import { robotsTxt } from '../site/robots-txt';
import { withBase } from '../lib/with-base';

/** Starlight's sitemap integration writes `sitemap-index.xml` at the base when `site` is set. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site && new URL(withBase('/sitemap-index.xml', import.meta.env.BASE_URL), site);
  return new Response(robotsTxt(sitemap), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
