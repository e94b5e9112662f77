import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import logo from '../../assets/logo.svg?raw';

/** The app icons an installed site needs, drawn from the site's logo (also the favicon) so there is one source. */
export const iconSizes = [192, 512] as const;

export const getStaticPaths = (() =>
  iconSizes.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const size = Number(params['size']);
  const png = await sharp(Buffer.from(logo), { density: (72 * size) / 32 })
    .resize(size, size)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
