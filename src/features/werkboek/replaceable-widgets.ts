import type { Plugin } from 'vite';

/** A default import of a widget component in compiled MDX, e.g. `import Reflectie from "~/widgets/…/Reflectie.astro";`. */
const widgetImport = /^import (\w+) from "[^"]*\/widgets\/[^"]*\.astro";$/gm;

/**
 * Makes the widgets a page imports replaceable by `<Content components={…} />`, as MDX's own
 * elements (`h2`, `a`) are. MDX uses an imported component as it is and never looks in
 * `components`, so the workbook (`Werkboek.astro`) could not otherwise show a module's text
 * without its live widgets, which would load their scripts and fight over the answers. Each
 * use of an imported widget, `_jsx(Reflectie, …)`, becomes
 * `_jsx(props.components?.Reflectie ?? Reflectie, …)`: a module page passes no components
 * and renders exactly as before; the widgets' own files are not touched.
 *
 * `tests/browser/werkboek.test.ts` and `tests/build/page-scripts.test.ts` check the result: the
 * workbook shows every module, and loads no widget's script.
 */
export function replaceableWidgets(): Plugin {
  return {
    name: 'replaceable-widgets',
    enforce: 'post',
    transform(code, id) {
      if (!id.endsWith('.mdx')) return null;
      const names = [...code.matchAll(widgetImport)].map(([, name]) => name!);
      if (names.length === 0) return null;
      const uses = new RegExp(`\\b(_jsxs?)\\((${names.join('|')}),`, 'g');
      return {
        code: code.replace(
          uses,
          (_, jsx: string, name: string) => `${jsx}(props.components?.${name} ?? ${name},`,
        ),
        map: null,
      };
    },
  };
}
