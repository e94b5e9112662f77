/**
 * `/downloads/leiderschap-van-leraren-<lang>.imscc`: the course as a Common Cartridge per
 * language, for a teacher educator's LMS. Its links are absolute, so the files are written only
 * when the build knows the site's address (SITE_URL); without it there are none, and the
 * build's SITE_URL warning (`src/site/site-url-warning.ts`) says so.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cartridgeFiles } from '../../features/cartridge/cartridge';
import { courseCartridge, courseCartridgeFiles } from '../../features/cartridge/course-cartridge';
import { zipCartridge } from '../../features/cartridge/zip-cartridge';

export const getStaticPaths = (() =>
  import.meta.env.SITE
    ? courseCartridgeFiles.map((course) => ({ params: { file: course.file }, props: { course } }))
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { course } = props as { course: (typeof courseCartridgeFiles)[number] };
  const siteRoot = new URL(import.meta.env.BASE_URL, site).href;
  const bytes = zipCartridge(cartridgeFiles(await courseCartridge(course, siteRoot)));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'application/zip' } });
};
