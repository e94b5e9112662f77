import { declaredExercise } from '../../course/module-data';
import { widgetLang } from './widget-lang';

/** The props every answer widget takes: the set id its answers are stored under (`<id>#…`). */
export interface WidgetProps {
  id: string;
}

/**
 * What an answer widget's component starts from: its set id, the translator, the language its
 * content data is keyed by and Starlight's locale (for links to other pages).
 *
 *   const { id, t, lang } = setUpWidget(Astro, 'ConditiesScan');
 *
 * `component` is the name the module's MDX uses for the widget.
 */
export function setUpWidget(astro: { props: WidgetProps; locals: App.Locals }, component: string) {
  const { id } = astro.props;
  // The module lists this exercise in its frontmatter, where the catalogue and Mijn werk read it.
  declaredExercise(astro.locals, component, id);
  return {
    id,
    t: astro.locals.t,
    lang: widgetLang(astro.locals),
    locale: astro.locals.starlightRoute.locale,
  };
}
