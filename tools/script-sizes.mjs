// Prints, for each widget in a build, the JavaScript a page that uses it loads for it:
// its script and every chunk that script imports (shared chunks counted in full, as a
// page with only that widget would load them), raw and gzipped, plus what it loads
// only on request (dynamic imports). Usage: npm run build && npm run sizes
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = join(process.argv[2] ?? 'dist', '_astro');
const read = (file) => readFileSync(join(dir, file), 'utf8');
const imports = (code, dynamic) =>
  [
    ...code.matchAll(
      dynamic
        ? /import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g
        : /(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g,
    ),
  ].map((match) => match[1]);

function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    imports(read(file), false).forEach(visit);
  };
  visit(entry);
  return [...seen];
}

const size = (files) => {
  const code = files.map(read).join('\n');
  return { raw: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
};
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

console.log('| widget | loaded with the page (gzip) | loaded only on request (gzip) |');
console.log('| --- | --- | --- |');
for (const entry of readdirSync(dir)
  .filter((file) => /\.astro_astro_type_script_index_\d+_lang\.[^.]+\.js$/.test(file))
  .sort()) {
  const name = entry.split('.astro')[0];
  if (['Search', 'TableOfContents', 'MobileTableOfContents'].includes(name)) continue;
  const files = closure(entry);
  const lazy = [...new Set(files.flatMap((file) => imports(read(file), true)))]
    .flatMap(closure)
    .filter((file) => !files.includes(file));
  const now = size(files);
  const later = lazy.length ? size([...new Set(lazy)]) : null;
  console.log(
    `| ${name} | ${kB(now.raw)} (${kB(now.gzip)}) | ${later ? `${kB(later.raw)} (${kB(later.gzip)})` : '–'} |`,
  );
}
