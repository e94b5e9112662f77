// Makes public/social-image.png, the picture link previews show (Open Graph, 1200×630),
// from tools/social-image.svg with the site's logo (src/assets/logo.svg) on it. Run it after
// changing either: npm run social-image
// The text is drawn with the fonts of the machine that runs it (DejaVu Sans on Debian).
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const source = fileURLToPath(new URL('social-image.svg', import.meta.url));
const logo = fileURLToPath(new URL('../src/assets/logo.svg', import.meta.url));
const target = fileURLToPath(new URL('../public/social-image.png', import.meta.url));
// The logo at 144 px (its 32 px drawn 4.5 times as large), above the title.
const logoSize = 144;
const logoPng = await sharp(logo, { density: (72 * logoSize) / 32 })
  .resize(logoSize, logoSize)
  .png()
  .toBuffer();
const { width, height, size } = await sharp(source)
  .composite([{ input: logoPng, left: 120, top: 130 }])
  .png({ compressionLevel: 9, palette: true })
  .toFile(target);
console.log(`public/social-image.png: ${width}×${height}, ${(size / 1024).toFixed(1)} kB`);
