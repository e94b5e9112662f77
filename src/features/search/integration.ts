import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { afterBuild } from '../../site/after-build';
import { vocabularyFile, vocabularyOf } from './vocabulary';

/**
 * The indexed text of a page, from its Pagefind fragment (`pagefind/fragment/<lang>_<hash>.pf_fragment`):
 * Pagefind 1.x writes it gzipped, as the signature `pagefind_dcd` followed by JSON with the
 * page's `content`, which is exactly the text it indexed (title, body and hidden keywords).
 */
function fragmentText(file: Buffer): string {
  const data = gunzipSync(file).toString('utf8');
  const signature = 'pagefind_dcd';
  if (!data.startsWith(signature)) throw new Error('not a Pagefind fragment');
  return (JSON.parse(data.slice(signature.length)) as { content: string }).content;
}

/**
 * Writes each language's search vocabulary (`vocabulary.ts`) into the build, from the text
 * Pagefind indexed, for the "did you mean" suggestion of the search dialog. Listed after
 * Starlight, whose build step writes the index, and before the offline worker, which keeps the files.
 */
export function searchVocabulary(langs: string[]): AstroIntegration {
  return afterBuild('leiderschap:search-vocabulary', async (root, logger) => {
    const fragmentDir = join(root, 'pagefind', 'fragment');
    const fragments = await readdir(fragmentDir);
    await mkdir(join(root, 'search-words'), { recursive: true });
    for (const lang of langs) {
      const texts = await Promise.all(
        fragments
          .filter((name) => name.startsWith(`${lang}_`))
          .map(async (name) => fragmentText(await readFile(join(fragmentDir, name)))),
      );
      const vocabulary = vocabularyOf(texts, lang);
      await writeFile(join(root, vocabularyFile(lang)), JSON.stringify(vocabulary));
      logger.info(`${vocabularyFile(lang)}: ${vocabulary.length} words from ${texts.length} pages`);
    }
  });
}
