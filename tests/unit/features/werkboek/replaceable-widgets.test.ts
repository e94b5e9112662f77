import { describe, expect, it } from 'vitest';
import { replaceableWidgets } from '../../../../src/features/werkboek/replaceable-widgets';

const transform = (code: string, id: string) => {
  const hook = replaceableWidgets().transform as (code: string, id: string) => { code: string } | null;
  return hook(code, id)?.code ?? null;
};

/** Compiled MDX as the site's Markdown processor writes it (a figure, a widget, an element). */
const compiled = [
  'import VierVormenFiguur from "~/components/figures/VierVormenFiguur.astro";',
  'import Reflectie from "~/widgets/reflectie-vragen/Reflectie.astro";',
  'function _createMdxContent(props) {',
  '  return _jsxs(_Fragment, { children: [_jsx(VierVormenFiguur, {}), _jsx(Reflectie, { id: "vier-vormen" }), _jsx(_components.h2, {})] });',
  '}',
].join('\n');

describe('replaceableWidgets', () => {
  it('lets `components` replace each imported widget, and only widgets', () => {
    const code = transform(compiled, '/site/content/modules/vier-vormen.mdx')!;
    expect(code).toContain('_jsx(props.components?.Reflectie ?? Reflectie, { id: "vier-vormen" })');
    expect(code).toContain('_jsx(VierVormenFiguur, {})');
    expect(code).toContain('import Reflectie from "~/widgets/reflectie-vragen/Reflectie.astro";');
  });

  it('leaves other files, and MDX without widgets, as they are', () => {
    expect(transform(compiled, '/site/src/page.ts')).toBeNull();
    expect(transform('import X from "./x.astro";\n_jsx(X, {})', '/site/content/index.mdx')).toBeNull();
  });
});
