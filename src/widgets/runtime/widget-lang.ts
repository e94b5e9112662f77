/** The two languages the widgets' content data is written in. */
export type Lang = 'nl' | 'en';

/**
 * The page's language as widget data is keyed: read one way for every widget, from
 * Starlight's route data (English pages under `en/`, everything else Dutch).
 */
export const widgetLang = (locals: App.Locals): Lang => (locals.starlightRoute.lang === 'en' ? 'en' : 'nl');
