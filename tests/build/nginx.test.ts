import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../src/site/headers/headers-file';
import { findNginx, startNginx, type NginxSite } from './support/nginx-server';

const { root } = inject('builtSites');
const nginx = findNginx();
if (!nginx && process.env.CI === 'true') {
  throw new Error('nginx is missing: CI needs it (.ci/run installs Debian\'s "nginx" package).');
}
if (!nginx)
  console.warn(
    'Skipping the nginx tests: nginx is not installed (apt-get install nginx, or set NGINX_PATH).',
  );

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

let site: NginxSite;
function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const sent = request(new URL(path.slice(1), site.url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    sent.on('error', reject).end();
  });
}

const file = (path: string) => readFileSync(join(root.dir, path.replace(/\/$/, '/index.html')));
function first(folder: string, ending: string): string {
  const name = readdirSync(join(root.dir, folder)).find((entry) => entry.endsWith(ending));
  if (!name) throw new Error(`The build has no ${folder}/*${ending}.`);
  return `/${folder}/${name}`;
}

const astroStyle = first('_astro', '.css');
const astroScript = first('_astro', '.js');
const modulePage = `${first('modules', '')}/`;
const servedFiles = ['/', '/en/', modulePage, astroStyle, astroScript, '/sw.js', '/manifest.webmanifest'];

describe.skipIf(!nginx)("the container's nginx.conf, run by Debian's nginx on the built site", () => {
  beforeAll(async () => {
    site = await startNginx(nginx!, root.dir);
  });
  afterAll(() => site?.close());

  const rules = parseHeadersFile(readFileSync(join(root.dir, '_headers'), 'utf8'));

  // The privacy statement (content/privacy.mdx) names this test.
  it('sends, with every file and the 404 page, the headers _headers gives it, once each', async () => {
    for (const path of [...servedFiles, '/bestaat-niet/']) {
      const { headers } = await get(path);
      const expected = headersFor(rules, path);
      expect(Object.keys(expected), path).toContain('Content-Security-Policy');
      for (const [name, value] of Object.entries(expected))
        expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
    }
  });

  it('serves each file as it is in the build, with its type', async () => {
    const types = {
      '/': 'text/html; charset=utf-8',
      [astroStyle]: 'text/css',
      [astroScript]: 'application/javascript',
      '/manifest.webmanifest': 'application/manifest+json',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers['content-type'], path).toMatch(new RegExp(`^${type.replace('+', '\\+')}`));
      expect(response.body.equals(file(path)), path).toBe(true);
    }
  });

  it("answers a missing address, and the build's own _headers, with 404 and the site's 404 page", async () => {
    for (const path of ['/bestaat-niet/', '/_headers']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toBe(file('/404.html').toString());
    }
  });

  it('sends a folder without its slash to the folder, by a relative address', async () => {
    const response = await get(modulePage.slice(0, -1));
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(modulePage);
  });

  it('gzips text for a browser that accepts it, and only then', async () => {
    for (const path of ['/', astroStyle, astroScript, '/sw.js', '/manifest.webmanifest']) {
      const zipped = await get(path, { 'accept-encoding': 'gzip, br' });
      expect(zipped.headers['content-encoding'], path).toBe('gzip');
      expect(zipped.headers.vary, path).toMatch(/accept-encoding/i);
      expect(gunzipSync(zipped.body).equals(file(path)), path).toBe(true);
      expect(zipped.body.length, path).toBeLessThan(file(path).length);
      const plain = await get(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
    }
  });

  it('lets browsers keep hashed assets for a year, and revalidate pages and the service worker', async () => {
    for (const path of [astroStyle, astroScript]) {
      expect((await get(path)).headers['cache-control'], path).toBe('public, max-age=31536000, immutable');
    }
    for (const path of ['/', modulePage, '/sw.js', '/manifest.webmanifest']) {
      const { headers } = await get(path);
      expect(headers['cache-control'], path).toBe('no-cache');
      const again = await get(path, { 'if-none-match': String(headers.etag) });
      expect(again.status, path).toBe(304);
    }
  });
});
