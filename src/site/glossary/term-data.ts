/**
 * What the glossary alone cannot tell the term marker (`satteri-glossary-terms.ts`): which terms
 * it leaves unmarked, and the few other forms a term takes in the running text. Everything else
 * (the ids, the terms, their definitions) comes from the glossary page itself.
 */

/**
 * Glossary ids that are never marked, each with the reason: their word is also an everyday word
 * in the modules, where the glossary's definition would mislead.
 */
export const unmarkedTerms: Readonly<Record<string, string>> = {
  focus:
    '"focus" is an everyday word too ("een brede focus op het leren"); the module that explains it as a term (effecten-en-condities) links it to the glossary',
  normen:
    'the glossary defines the yardsticks of the DIKW steps; elsewhere the modules mean social norms ("normen van gelijkheid", "externe normen"); van-data-naar-wijsheid links the term to the glossary',
};

/**
 * Other forms of a term in the running text, by language and glossary id: plurals, verb forms,
 * and the short names the modules use for the three forms of teacher leadership.
 */
export const otherForms: Readonly<Record<'nl' | 'en', Readonly<Record<string, readonly string[]>>>> = {
  nl: {
    boegbeeld: ['boegbeelden'],
    'collective-role-based': ['collective role-based'],
    'community-based': ['community-based'],
    gunnen: ['gunt', 'gunde', 'gegund'],
    'horizontale-verantwoording': ['horizontale verantwoording'],
    initiators: ['initiator'],
    onderwijspioniers: ['onderwijspionier'],
    'role-based': ['role-based'],
    spilfiguur: ['spilfiguren'],
  },
  en: {
    boegbeeld: ['boegbeelden'],
    'collective-role-based': ['collective role-based'],
    'community-based': ['community-based'],
    'horizontale-verantwoording': ['horizontal accountability'],
    initiators: ['initiator'],
    'role-based': ['role-based'],
    spilfiguur: ['linchpins'],
  },
};
