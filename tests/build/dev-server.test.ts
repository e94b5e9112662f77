import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';

// README: `npm run dev` starts a live-reloading server for writing. It once answered every page
// with a server error (a browser-only script of ours run on the server), which no build shows.

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

it('serves pages in development (npm run dev), a module with its title', { timeout: 120_000 }, async () => {
  const port = await freePort();
  // As a writer starts it: at the root, without what the test runner sets for its own Vite
  // (its mode and `import.meta.env` values, which Astro's dev server would take for its own).
  const environment = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(VITEST\w*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|BASE_PATH)$/.test(key),
    ),
  );
  const dev = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    { cwd: projectRoot, env: { ...environment, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  dev.stdout.on('data', (chunk: Buffer) => (output += chunk));
  dev.stderr.on('data', (chunk: Buffer) => (output += chunk));
  try {
    const url = `http://127.0.0.1:${port}/modules/vier-vormen/`;
    let response: Response | undefined;
    for (let tries = 0; tries < 200 && dev.exitCode === null; tries++) {
      response = await fetch(url).catch(() => undefined);
      // A 404 while the server is still reading the content; an error page would be a 500.
      if (response && response.status !== 404) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const page = (await response?.text()) ?? '';
    expect(response?.status, `${output}\n${page.slice(0, 600)}`).toBe(200);
    expect(page).toContain('<h1');
  } finally {
    dev.kill();
  }
});
