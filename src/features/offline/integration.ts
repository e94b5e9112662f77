import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { afterBuild } from '../../site/after-build';
import type { NotKeptWords } from './not-kept-page';
import { planOffline, type BuiltFile, type SiteLanguage } from './offline-plan';

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

async function builtFiles(root: string): Promise<BuiltFile[]> {
  const paths = await readdir(root, { recursive: true, withFileTypes: true });
  return Promise.all(
    paths
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = join(entry.parentPath, entry.name);
        return { path: file.slice(root.length).replaceAll('\\', '/'), hash: sha256(await readFile(file)) };
      }),
  );
}

/** The words of the worker's "not kept offline" page (`not-kept-page.ts`) in `lang`, from the site's UI strings. */
async function notKeptWords(lang: string): Promise<NotKeptWords> {
  const strings = JSON.parse(
    await readFile(new URL(`../../content/i18n/${lang}.json`, import.meta.url), 'utf8'),
  );
  return {
    title: strings['offline.notKeptTitle'],
    text: strings['offline.notKeptText'],
    home: strings['offline.notKeptHome'],
  };
}

/**
 * Writes the service worker `sw.js` into the build, with the list of files it keeps for
 * offline use (see `offline-plan.ts`). Listed after Starlight, so Pagefind's index is there.
 */
export function offline(languages: SiteLanguage[]): AstroIntegration {
  return afterBuild('leiderschap:offline', async (root, logger) => {
    const plan = planOffline(await builtFiles(root), languages, (text) => sha256(text).slice(0, 16));
    const notKept = Object.fromEntries(
      await Promise.all(languages.map(async ({ lang }) => [lang, await notKeptWords(lang)] as const)),
    );
    await build({
      entryPoints: [fileURLToPath(new URL('./service-worker/service-worker.ts', import.meta.url))],
      outfile: join(root, 'sw.js'),
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2022',
      define: { __OFFLINE_PLAN__: JSON.stringify(plan), __NOT_KEPT__: JSON.stringify(notKept) },
      logLevel: 'warning',
    });
    const counts = Object.entries(plan.languages).map(([lang, paths]) => `${lang} ${paths.length}`);
    logger.info(
      `sw.js keeps ${plan.shared.length} shared files and per language: ${counts.join(', ')} (version ${plan.version})`,
    );
  });
}
