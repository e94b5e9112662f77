/**
 * The golden set of search: what a reader types, and the page (by its site path) that must be
 * among the first three results. Dutch queries search the Dutch index from a Dutch page, English
 * ones the English index. Kinds: singular and plural, compounds, words readers use that the text
 * may not, the four forms, the seven qualities, people and works cited, phrases, and the site's
 * own pages by the words a reader would look them up by.
 */
export const goldenQueries: Record<'nl' | 'en', [query: string, page: string][]> = {
  nl: [
    // singular and plural
    ['schoolleider', 'modules/rol-van-de-schoolleider/'],
    ['schoolleiders', 'voor-schoolleiders/'],
    ['leraar', 'voor-leraren/'],
    ['leraren', 'voor-leraren/'],
    ['lerarenopleider', 'voor-lerarenopleiders/'],
    ['werkvormen', 'werkvormen/'],
    ['kwaliteiten', 'modules/zeven-kwaliteiten/'],
    ['vormen', 'modules/vier-vormen/'],
    // compounds
    ['schoolontwikkeling', 'modules/de-paradox/'],
    ['leiderschapsrol', 'modules/gespreid-leiderschap/'],
    ['onderzoekscultuur', 'modules/onderzoekscultuur/'],
    ['expertisekaart', 'werkvormen/expertisekaart-maken/'],
    ['teamsessie', 'werkvormen/'],
    // words readers use that the text may not
    ['directeur', 'modules/rol-van-de-schoolleider/'],
    ['docent', 'voor-leraren/'],
    ['leerkracht', 'voor-leraren/'],
    ['pabo', 'voor-lerarenopleiders/'],
    ['woordenlijst', 'begrippen/'],
    ['literatuur', 'bronnen/'],
    ['rubric', 'beoordelingscriteria/'],
    ['portfolio', 'mijn-werk/'],
    // the four forms
    ['role-based', 'modules/vier-vormen/'],
    ['collective role-based', 'modules/vier-vormen/'],
    ['initiators', 'modules/vier-vormen/'],
    ['community-based', 'modules/vier-vormen/'],
    // the seven qualities
    ['perspectief', 'modules/zeven-kwaliteiten/'],
    ['moreel bewustzijn', 'modules/zeven-kwaliteiten/'],
    ['lef', 'modules/zeven-kwaliteiten/'],
    ['ondernemerschap', 'modules/zeven-kwaliteiten/'],
    ['geloof in eigen kunnen', 'modules/zeven-kwaliteiten/'],
    ['verantwoordelijkheid', 'modules/zeven-kwaliteiten/'],
    ['netwerken', 'modules/zeven-kwaliteiten/'],
    ['gunnen', 'modules/zeven-kwaliteiten/'],
    // people and works cited
    ['Ackoff', 'modules/van-data-naar-wijsheid/'],
    ['Amels', 'modules/onderzoekscultuur/'],
    ['Snoek', 'bronnen/'],
    ['Hulsbos', 'bronnen/'],
    // phrases
    ['professionele dialoog', 'modules/onderzoekscultuur/'],
    ['gespreid leiderschap', 'modules/gespreid-leiderschap/'],
    ['onderzoekende houding', 'modules/onderzoekscultuur/'],
    ['formele rollen', 'modules/de-paradox/'],
    ['data naar wijsheid', 'modules/van-data-naar-wijsheid/'],
    ['stap terug', 'werkvormen/stap-terug-stap-vooruit/'],
    // terms of the course
    ['volgerschap', 'modules/gespreid-leiderschap/'],
    ['spilfiguur', 'modules/rol-van-de-schoolleider/'],
    ['boegbeeld', 'modules/in-nederland/'],
    ['valkuilen', 'modules/aangrijpingspunten-en-valkuilen/'],
    ['condities', 'modules/effecten-en-condities/'],
    ['reikwijdte', 'modules/wat-is-teacher-leadership/'],
    ['DIKW', 'modules/van-data-naar-wijsheid/'],
    ['opdracht maken', 'opdracht-samenstellen/'],
    ['klasoverzicht', 'klasoverzicht/'],
  ],
  en: [
    ['school leader', 'en/modules/rol-van-de-schoolleider/'],
    ['school leaders', 'en/voor-schoolleiders/'],
    ['teachers', 'en/voor-leraren/'],
    ['teacher educators', 'en/voor-lerarenopleiders/'],
    ['principal', 'en/modules/rol-van-de-schoolleider/'],
    ['headteacher', 'en/modules/rol-van-de-schoolleider/'],
    ['role-based', 'en/modules/vier-vormen/'],
    ['initiators', 'en/modules/vier-vormen/'],
    ['community-based', 'en/modules/vier-vormen/'],
    ['courage', 'en/modules/zeven-kwaliteiten/'],
    ['self-efficacy', 'en/modules/zeven-kwaliteiten/'],
    ['moral awareness', 'en/modules/zeven-kwaliteiten/'],
    ['granting', 'en/modules/zeven-kwaliteiten/'],
    ['Ackoff', 'en/modules/van-data-naar-wijsheid/'],
    ['Amels', 'en/modules/onderzoekscultuur/'],
    ['professional dialogue', 'en/modules/onderzoekscultuur/'],
    ['research culture', 'en/modules/onderzoekscultuur/'],
    ['distributed leadership', 'en/modules/gespreid-leiderschap/'],
    ['followership', 'en/modules/gespreid-leiderschap/'],
    ['linchpin', 'en/modules/rol-van-de-schoolleider/'],
    ['formal roles', 'en/modules/de-paradox/'],
    ['pitfalls', 'en/modules/aangrijpingspunten-en-valkuilen/'],
    ['expertise map', 'en/werkvormen/expertisekaart-maken/'],
    ['glossary', 'en/begrippen/'],
    ['workshop kits', 'en/werkvormen/'],
    ['DIKW', 'en/modules/van-data-naar-wijsheid/'],
  ],
};
