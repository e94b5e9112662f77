import type { APIRoute } from 'astro';
import logo from '../assets/logo.svg?raw';

/** The favicon is the site's logo (`src/assets/logo.svg`, also Starlight's `logo`), so there is one drawing. */
export const GET: APIRoute = () => new Response(logo, { headers: { 'content-type': 'image/svg+xml' } });
