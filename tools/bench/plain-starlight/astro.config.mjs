// The bench's baseline: Starlight as its template starts, with the site's Astro, Starlight and
// Pagefind versions (this folder has no packages of its own) and Starlight's default config.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Plain Starlight' })],
});
