import { download } from '../../widgets/runtime/download';
import type { Block } from './portfolio-export';

/** Makes a Word file of `blocks` and offers it; the large docx library is fetched only now. */
export async function downloadWord(fileName: string, blocks: Block[], lang: string) {
  const { toDocxBlob } = await import('./portfolio-docx');
  download(fileName, await toDocxBlob(blocks, lang));
}
