// Makes public/social-image.png, the picture link previews show (Open Graph, 1200×630),
// from tools/social-image.svg. Run it after changing the SVG: npm run social-image
// The text is drawn with the fonts of the machine that runs it (DejaVu Sans on Debian).
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const source = fileURLToPath(new URL('social-image.svg', import.meta.url));
const target = fileURLToPath(new URL('../public/social-image.png', import.meta.url));
const { width, height, size } = await sharp(source)
  .png({ compressionLevel: 9, palette: true })
  .toFile(target);
console.log(`public/social-image.png: ${width}×${height}, ${(size / 1024).toFixed(1)} kB`);
