import { download } from '../../widgets/runtime/download';
import { cartridgeFiles, type Cartridge } from './cartridge';
import { zipCartridge } from './zip-cartridge';

/** Makes the `.imscc` file and offers it; the page loads this module (and fflate) only when asked. */
export function downloadCartridge(fileName: string, cartridge: Cartridge) {
  const bytes = zipCartridge(cartridgeFiles(cartridge));
  download(fileName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }));
}
