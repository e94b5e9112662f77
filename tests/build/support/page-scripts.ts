import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { BuiltSite } from '../../support/built-sites';
import { pageElements } from './html-elements';

/** A built script and what it brings with it, read from the JavaScript itself. */
export interface ScriptFile {
  /** The custom elements it and its static imports define (`customElements.define('<tag>', …)`). */
  defines: Set<string>;
  /** It and every file it imports statically: what the browser loads with it. */
  loads: Set<string>;
  /** The files it or its static imports import with `import()`: loaded later, if at all. */
  importsLater: Set<string>;
}

const read = new Map<string, ScriptFile>();

/** What a built script defines and loads (not from the names Astro gives its chunks). */
export function scriptFile(file: string): ScriptFile {
  const known = read.get(file);
  if (known) return known;
  const script: ScriptFile = { defines: new Set(), loads: new Set([file]), importsLater: new Set() };
  read.set(file, script);
  const code = readFileSync(file, 'utf8');
  for (const [, tag] of code.matchAll(/customElements\.define\(\s*[`'"]([a-z][a-z0-9]*-[a-z0-9-]*)[`'"]/g))
    script.defines.add(tag!);
  for (const [, later] of code.matchAll(/\bimport\(\s*[`'"](\.{1,2}\/[^`'"]+)[`'"]\s*\)/g))
    script.importsLater.add(join(dirname(file), later!));
  // Static imports only (`import … from "./x.js"`, `import "./x.js"`).
  for (const [, imported] of code.matchAll(
    /\bimport\s*(?:[\w${}\s,*]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g,
  )) {
    const dependency = scriptFile(join(dirname(file), imported!));
    for (const tag of dependency.defines) script.defines.add(tag);
    for (const loaded of dependency.loads) script.loads.add(loaded);
    for (const later of dependency.importsLater) script.importsLater.add(later);
  }
  return script;
}

/** The page's script files (`<script src>`), as files of the build. */
export const scriptFiles = (site: BuiltSite, page: string) =>
  pageElements(site.dir, page)
    .filter(({ tagName, attrs }) => tagName === 'script' && attrs.src?.startsWith(site.base))
    .map(({ attrs }) => join(site.dir, posix.relative(site.base, attrs.src!)));
