import type * as Uqr from 'uqr';
import { qrPath } from './qr-path';

const svgNs = 'http://www.w3.org/2000/svg';

/**
 * `text` as a QR code: an SVG made with DOM calls, dark on white in either theme, named
 * `name` for screen readers. Null when the text is too long for a QR code. `uqr` is passed
 * in, so that the page fetches it only when a code is asked for.
 */
export function qrSvg(uqr: typeof Uqr, text: string, name: string): SVGSVGElement | null {
  let data: boolean[][];
  try {
    data = uqr.encode(text, { ecc: 'L', border: 2 }).data;
  } catch {
    return null;
  }
  const size = data.length;
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', name);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const modules = document.createElementNS(svgNs, 'path');
  modules.setAttribute('d', qrPath(data));
  modules.setAttribute('fill', '#000');
  svg.append(background, modules);
  return svg;
}
