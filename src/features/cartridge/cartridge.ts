/**
 * A Common Cartridge (IMS CC 1.1, the `.imscc` file Moodle, Brightspace and Canvas import) as
 * the files inside it, made from plain data: no DOM, no zip (`zip-cartridge.ts` packs them).
 *
 * The cartridge holds `imsmanifest.xml` and one file per item:
 * - a web link (`links/link-NN.xml`, resource type `imswl_xmlv1p1`): a title and an absolute URL;
 * - a page (`pages/page-NN.html`, resource type `webcontent`): a small XHTML page of plain-text
 *   paragraphs, each optionally a link.
 * The manifest's organization has one root item holding one item per resource, in order, which
 * an LMS shows as the course's (or the assignment's) table of contents.
 */
import { escapeXml } from './escape-xml';

export interface CartridgeLink {
  kind: 'link';
  title: string;
  /** Absolute: a cartridge is opened far away from the site. */
  url: string;
}

export interface CartridgePage {
  kind: 'page';
  title: string;
  /** Plain text, escaped here; one with `href` is a link. Line breaks are kept. */
  paragraphs: { text: string; href?: string }[];
}

export type CartridgeItem = CartridgeLink | CartridgePage;

export interface Cartridge {
  title: string;
  /** The language of its text, e.g. `nl`. */
  lang: string;
  items: CartridgeItem[];
}

export interface CartridgeFile {
  path: string;
  content: string;
}

export const CC_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
export const WEB_LINK_NAMESPACE = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const LOM_NAMESPACE = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';
const PROFILE = 'http://www.imsglobal.org/profile/cc/ccv1p1';

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** Two digits at least, so that the files sort in order in any zip tool. */
const number = (index: number) => String(index + 1).padStart(2, '0');

function webLinkXml(link: CartridgeLink): string {
  return (
    declaration +
    `<webLink xmlns="${WEB_LINK_NAMESPACE}" xmlns:xsi="${XSI_NAMESPACE}"` +
    ` xsi:schemaLocation="${WEB_LINK_NAMESPACE} ${PROFILE}/ccv1p1_imswl_v1p1.xsd">\n` +
    `  <title>${escapeXml(link.title)}</title>\n` +
    `  <url href="${escapeXml(link.url)}" target="_blank"/>\n` +
    '</webLink>\n'
  );
}

/** XHTML, so that it is well-formed XML as well as a page any LMS shows. */
function pageHtml(page: CartridgePage, lang: string): string {
  const paragraphs = page.paragraphs.map(({ text, href }) =>
    href === undefined
      ? `  <p>${escapeXml(text)}</p>`
      : `  <p><a href="${escapeXml(href)}" target="_blank">${escapeXml(text)}</a></p>`,
  );
  return [
    '<!DOCTYPE html>',
    `<html xmlns="http://www.w3.org/1999/xhtml" lang="${escapeXml(lang)}" xml:lang="${escapeXml(lang)}">`,
    '<head>',
    '  <meta charset="utf-8"/>',
    `  <title>${escapeXml(page.title)}</title>`,
    // Instructions keep their line breaks, as on the assignment page.
    '  <style>p { white-space: pre-wrap; }</style>',
    '</head>',
    '<body>',
    `  <h1>${escapeXml(page.title)}</h1>`,
    ...paragraphs,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function manifestXml(cartridge: Cartridge, resources: { id: string; item: CartridgeItem; path: string }[]) {
  const lang = escapeXml(cartridge.lang);
  const items = resources.map(
    ({ id, item }) =>
      `        <item identifier="I_${id}" identifierref="${id}">\n` +
      `          <title>${escapeXml(item.title)}</title>\n` +
      '        </item>\n',
  );
  const resourceXml = resources.map(({ id, item, path }) =>
    item.kind === 'link'
      ? `    <resource identifier="${id}" type="imswl_xmlv1p1">\n      <file href="${path}"/>\n    </resource>\n`
      : `    <resource identifier="${id}" type="webcontent" href="${path}">\n      <file href="${path}"/>\n    </resource>\n`,
  );
  return (
    declaration +
    `<manifest identifier="M_CARTRIDGE" xmlns="${CC_NAMESPACE}" xmlns:lomimscc="${LOM_NAMESPACE}"` +
    ` xmlns:xsi="${XSI_NAMESPACE}" xsi:schemaLocation="${CC_NAMESPACE} ${PROFILE}/ccv1p1_imscp_v1p2_v1p0.xsd` +
    ` ${LOM_NAMESPACE} ${PROFILE}/LOM/ccv1p1_lommanifest_v1p0.xsd">\n` +
    '  <metadata>\n' +
    '    <schema>IMS Common Cartridge</schema>\n' +
    '    <schemaversion>1.1.0</schemaversion>\n' +
    '    <lomimscc:lom>\n' +
    '      <lomimscc:general>\n' +
    `        <lomimscc:title><lomimscc:string language="${lang}">${escapeXml(cartridge.title)}</lomimscc:string></lomimscc:title>\n` +
    `        <lomimscc:language>${lang}</lomimscc:language>\n` +
    '      </lomimscc:general>\n' +
    '    </lomimscc:lom>\n' +
    '  </metadata>\n' +
    '  <organizations>\n' +
    '    <organization identifier="O_1" structure="rooted-hierarchy">\n' +
    '      <item identifier="I_ROOT">\n' +
    items.join('') +
    '      </item>\n' +
    '    </organization>\n' +
    '  </organizations>\n' +
    '  <resources>\n' +
    resourceXml.join('') +
    '  </resources>\n' +
    '</manifest>\n'
  );
}

/** The cartridge's files, the manifest first; the same cartridge always gives the same files. */
export function cartridgeFiles(cartridge: Cartridge): CartridgeFile[] {
  const resources = cartridge.items.map((item, index) => ({
    id: `R_${number(index)}`,
    item,
    path: item.kind === 'link' ? `links/link-${number(index)}.xml` : `pages/page-${number(index)}.html`,
  }));
  return [
    { path: 'imsmanifest.xml', content: manifestXml(cartridge, resources) },
    ...resources.map(({ item, path }) => ({
      path,
      content: item.kind === 'link' ? webLinkXml(item) : pageHtml(item, cartridge.lang),
    })),
  ];
}
