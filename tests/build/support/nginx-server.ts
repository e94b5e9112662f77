import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { delimiter, join } from 'node:path';
import { projectRoot } from '../../support/astro-build';

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it), or NGINX_PATH. */
export function findNginx(): string | undefined {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  const folders = [...(process.env.PATH ?? '').split(delimiter), '/usr/sbin'];
  return folders.map((folder) => join(folder, 'nginx')).find((file) => existsSync(file));
}

export interface NginxSite {
  /** Where the home page is, e.g. http://127.0.0.1:40123/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Runs nginx in the foreground on a free localhost port, serving `dist` with deploy/nginx.conf
 * exactly as the container includes it. This wrapper stands in for the image's own nginx.conf
 * (the same MIME types and defaults) with what a normal user may write: the pid file, the
 * temporary folders and the port; `security-headers.conf` is made from the build's `_headers`
 * by the same command the container's build runs.
 */
export async function startNginx(nginx: string, dist: string): Promise<NginxSite> {
  const folder = mkdtempSync(join(tmpdir(), 'nginx-'));
  const headers = spawnSync(process.execPath, ['tools/nginx-headers.ts', join(dist, '_headers')], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (headers.status !== 0) throw new Error(`tools/nginx-headers.ts failed:\n${headers.stderr}`);
  writeFileSync(join(folder, 'security-headers.conf'), headers.stdout);
  const port = await freePort();
  const temporary = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `${kind}_temp_path ${join(folder, kind)};`)
    .join('\n    ');
  writeFileSync(
    join(folder, 'nginx.conf'),
    `daemon off;
pid ${join(folder, 'nginx.pid')};
error_log stderr warn;
# As root (a CI container), nginx would serve files as "nobody", who may not read the checkout.
${process.getuid?.() === 0 ? `user ${userInfo().username};` : ''}
events { worker_connections 64; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    ${temporary}
    server {
        listen 127.0.0.1:${port};
        root ${dist};
        include ${join(projectRoot, 'deploy', 'nginx.conf')};
    }
}
`,
  );
  const child = spawn(nginx, ['-p', folder, '-c', join(folder, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    child.kill('SIGTERM');
    await exited;
    rmSync(folder, { recursive: true, force: true });
  };
  while (!(await accepts(port))) {
    if (child.exitCode !== null) {
      await close();
      throw new Error(`nginx did not start:\n${errors}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { url: `http://127.0.0.1:${port}/`, close };
}

/** A port no one listens on now (the operating system's choice). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something listens on `port` yet. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
