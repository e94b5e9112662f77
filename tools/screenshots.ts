// npm run screenshots: the README's pictures of the site (docs/screenshots/), the home page and a
// module in the light and the dark theme at 1280 × 800, and on a 375 px phone. It builds the site as
// the tests do (or reuses that build: tests/support/built-sites.ts), serves it as a static host
// would and photographs it in Debian's Chromium; the PNGs are reduced to a palette to stay small.
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { builtSites } from '../tests/support/built-sites.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { serveStatic } from '../tests/support/static-server.ts';

const pages = { home: '', module: 'modules/vier-vormen/' };

const views = [
  { name: 'light', colorScheme: 'light', viewport: { width: 1280, height: 800 } },
  { name: 'dark', colorScheme: 'dark', viewport: { width: 1280, height: 800 } },
  { name: '375px', colorScheme: 'light', viewport: { width: 375, height: 812 } },
] as const;

const folder = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(folder, { recursive: true });

const { root } = builtSites(['root']);
const site = await serveStatic(root.dir);
const browser = await launchBrowser();
try {
  for (const { name, colorScheme, viewport } of views) {
    // No stored theme: the site follows the browser's preference, which the context sets.
    const context = await browser.newContext({ colorScheme, viewport, serviceWorkers: 'block' });
    const page = await context.newPage();
    for (const [pageName, path] of Object.entries(pages)) {
      await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
      const file = new URL(`${pageName}-${name}.png`, folder);
      const { size } = await sharp(await page.screenshot())
        .png({ compressionLevel: 9, palette: true })
        .toFile(file.pathname);
      console.log(`docs/screenshots/${pageName}-${name}.png: ${(size / 1024).toFixed(0)} kB`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
