// Prints deploy/nginx.conf's `security-headers.conf` from a build's `_headers`:
//   node tools/nginx-headers.ts dist/_headers > security-headers.conf
// The container's build runs it (deploy/Dockerfile), and so does tests/build/nginx.test.ts.
import { readFileSync } from 'node:fs';
import { parseHeadersFile } from '../src/site/headers/headers-file.ts';
import { nginxHeaders } from '../src/site/headers/nginx-headers.ts';

const [file = 'dist/_headers'] = process.argv.slice(2);
// The container serves the site at its root, so the headers are those of `/`.
process.stdout.write(nginxHeaders(parseHeadersFile(readFileSync(file, 'utf8')), '/'));
