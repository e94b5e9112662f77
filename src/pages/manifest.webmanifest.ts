import type { APIRoute } from 'astro';
import { iconSizes } from './icons/[size].png';

/** The web app manifest that makes the site installable; the Dutch site is the start page. */
export const GET: APIRoute = () => {
  const base = import.meta.env.BASE_URL;
  const manifest = {
    name: 'Leiderschap van leraren',
    short_name: 'Leiderschap',
    description: 'Een open leersite over leiderschap van leraren en gespreid leiderschap in scholen.',
    lang: 'nl',
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d5c63',
    icons: [
      { src: `${base}favicon.svg`, sizes: 'any', type: 'image/svg+xml' },
      ...iconSizes.map((size) => ({
        src: `${base}icons/${size}.png`,
        sizes: `${size}x${size}`,
        type: 'image/png',
      })),
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'content-type': 'application/manifest+json' },
  });
};
