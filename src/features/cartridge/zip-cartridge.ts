import { strToU8, zipSync, type Zippable } from 'fflate';
import type { CartridgeFile } from './cartridge';

/**
 * The zip's modification time for every file. A zip stores local time, and fflate reads a
 * Date's local fields, so it is made from local fields: every time zone writes the same bytes.
 */
const modified = () => new Date(2026, 0, 1, 12, 0, 0);

/** The `.imscc` file: the cartridge's files zipped; the same files always give the same bytes. */
export function zipCartridge(files: CartridgeFile[]): Uint8Array {
  const mtime = modified();
  const zippable: Zippable = {};
  for (const file of files) zippable[file.path] = [strToU8(file.content), { mtime }];
  return zipSync(zippable, { level: 9 });
}
