/**
 * The home page's illustration: four teachers around a table, one standing up to take the lead,
 * with a speech bubble and a bubble holding a small chart. Each wears the colour of a part of the
 * course (`src/styles/palette.css`), so the picture and the sidebar speak the same language.
 * Flat shapes on a 400 × 400 square: the hero gives its image 400 × 400, so a square keeps the page
 * from shifting when it loads.
 */
import type { ThemeName } from '../palette.ts';

/** The colours of one theme's drawing besides the site's own. */
interface Scenery {
  backdrop: string;
  tableTop: string;
  tableEdge: string;
  paper: string;
  bubble: string;
  /** The outlines, writing and the mug: the site's accent, as its links have it. */
  line: string;
}

/** The site's own colours in one theme: the accent of its links, and a colour per part in course order. */
export interface SiteColours {
  accent: string;
  parts: readonly string[];
}

const scenery: Record<ThemeName, Omit<Scenery, 'line'>> = {
  light: {
    backdrop: '#e3eef0',
    tableTop: '#d8c3a5',
    tableEdge: '#b59a78',
    paper: '#ffffff',
    bubble: '#ffffff',
  },
  dark: {
    backdrop: '#1f2b31',
    tableTop: '#6e5b45',
    tableEdge: '#4d3f30',
    paper: '#e9eef2',
    bubble: '#2b3a42',
  },
};

const skins = ['#f1c9a5', '#a86b43', '#e2ab7f', '#6f452c'];
const hairs = ['#3b2a20', '#1c1c1c', '#b5651d', '#2a1a12'];

/** Where each figure sits (x of its middle, y of its shoulders); the last one stands. */
const figures = [
  { x: 88, shoulders: 232 },
  { x: 160, shoulders: 222 },
  { x: 232, shoulders: 228 },
  { x: 308, shoulders: 168 },
];

/** One figure: a torso with round shoulders, a head, hair; the standing one raises an arm. */
function figure(index: number, colour: string): string {
  const { x, shoulders: y } = figures[index]!;
  const skin = skins[index]!;
  const hair = hairs[index]!;
  const standing = index === figures.length - 1;
  const torso = `<path d="M${x - 34} 330V${y + 22}q0-22 22-22h24q22 0 22 22V330z" fill="${colour}"/>`;
  const arm = standing
    ? `<path d="M${x + 24} ${y + 18}L${x + 46} ${y - 40}" stroke="${colour}" stroke-width="16" stroke-linecap="round"/>` +
      `<circle cx="${x + 48}" cy="${y - 48}" r="10" fill="${skin}"/>`
    : '';
  const head = `<circle cx="${x}" cy="${y - 30}" r="24" fill="${skin}"/>`;
  const hairCap = `<path d="M${x - 25} ${y - 32}a25 25 0 0 1 50 0q-12-12-25-10t-25 10z" fill="${hair}"/>`;
  return arm + torso + head + hairCap;
}

/** The table in front of the sitting figures, with papers and a mug. */
function table(colours: Scenery): string {
  return (
    `<ellipse cx="200" cy="318" rx="178" ry="46" fill="${colours.tableEdge}"/>` +
    `<ellipse cx="200" cy="306" rx="178" ry="44" fill="${colours.tableTop}"/>` +
    `<rect x="92" y="290" width="58" height="30" rx="3" fill="${colours.paper}" transform="rotate(-8 121 305)"/>` +
    `<path d="M102 300h34M104 308h26" stroke="${colours.line}" stroke-width="3" stroke-linecap="round" transform="rotate(-8 121 305)"/>` +
    `<rect x="206" y="292" width="62" height="32" rx="3" fill="${colours.paper}" transform="rotate(6 237 308)"/>` +
    `<path d="M216 302h40M216 310h30" stroke="${colours.line}" stroke-width="3" stroke-linecap="round" transform="rotate(6 237 308)"/>` +
    `<rect x="168" y="284" width="22" height="24" rx="4" fill="${colours.line}"/>` +
    `<path d="M190 290h5a6 6 0 0 1 0 12h-5" fill="none" stroke="${colours.line}" stroke-width="4"/>`
  );
}

/** A speech bubble with a tail towards the figure below it, and what it holds. */
function bubble(x: number, y: number, width: number, tailX: number, inside: string, colours: Scenery) {
  const frame = `fill="${colours.bubble}" stroke="${colours.line}" stroke-width="4" stroke-linejoin="round"`;
  return (
    `<rect x="${x}" y="${y}" width="${width}" height="56" rx="16" ${frame}/>` +
    `<path d="M${tailX - 10} ${y + 54}l6 20 14-20" ${frame}/>` +
    `<path d="M${tailX - 12} ${y + 52}h24" stroke="${colours.bubble}" stroke-width="6"/>` +
    inside
  );
}

/** The talk of the left figure (three dots) and the data of the middle one (rising bars in the parts' colours). */
function bubbles(parts: readonly string[], colours: Scenery): string {
  const dots = [0, 1, 2]
    .map((dot) => `<circle cx="${70 + dot * 20}" cy="112" r="6" fill="${colours.line}"/>`)
    .join('');
  const bars = parts
    .map((colour, bar) => {
      const height = 12 + bar * 7;
      return `<rect x="${190 + bar * 15}" y="${128 - height}" width="10" height="${height}" rx="2" fill="${colour}"/>`;
    })
    .join('');
  return bubble(48, 84, 84, 86, dots, colours) + bubble(176, 80, 82, 196, bars, colours);
}

/** The illustration in one theme, in the site's colours. */
export function homeIllustration(theme: ThemeName, { accent, parts }: SiteColours): string {
  if (parts.length !== figures.length)
    throw new Error(`The drawing has ${figures.length} figures, one per part`);
  const colours = { ...scenery[theme], line: accent };
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">' +
    `<circle cx="200" cy="206" r="188" fill="${colours.backdrop}"/>` +
    parts.map((colour, index) => figure(index, colour)).join('') +
    table(colours) +
    bubbles(parts, colours) +
    '</svg>\n'
  );
}
