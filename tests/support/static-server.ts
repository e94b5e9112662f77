import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '../../src/site/headers/headers-file.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticSite {
  /** Where the site's home page is, e.g. http://127.0.0.1:4321/teacher-leadership/ */
  url: string;
  close(): Promise<void>;
}

/** What static hosts send compressed: text, not images or Pagefind's already compressed chunks. */
const compressible = /^(text\/|application\/(json|xml|manifest\+json|wasm))|svg/;

/**
 * Serves a built site from `root` under `base`, the way a static host such as Netlify or
 * Cloudflare Pages does: `dir/` serves `dir/index.html`, anything missing gets the site's
 * 404 page, the build's `_headers` file says which headers go with each response, and text
 * is gzipped for browsers that accept it.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file =
      path.startsWith(base) && path !== `${base}_headers`
        ? await findFile(root, path.slice(base.length))
        : undefined;
    const status = file ? 200 : 404;
    const served = file ?? join(root, '404.html');
    const type = contentTypes[extname(served)] ?? 'application/octet-stream';
    const gzip = compressible.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = await bodyOf(served, gzip);
    response.writeHead(status, {
      ...headersFor(headerRules, path),
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    response.end(body);
  });
  /** Each file's bytes, and its gzipped bytes, made once per version of the file (a test may change one, e.g. sw.js). */
  const bodies = new Map<string, { version: string; body: Buffer; gzipped?: Buffer }>();
  async function bodyOf(file: string, gzip: boolean): Promise<Buffer> {
    const { mtimeMs, size } = await stat(file);
    const version = `${mtimeMs}:${size}`;
    let cached = bodies.get(file);
    if (cached?.version !== version) bodies.set(file, (cached = { version, body: await readFile(file) }));
    if (!gzip) return cached.body;
    return (cached.gzipped ??= gzipSync(cached.body));
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function findFile(root: string, relativePath: string): Promise<string | undefined> {
  const candidate = normalize(join(root, relativePath));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // not there: try the next form, then fall through to 404
    }
  }
  return undefined;
}
