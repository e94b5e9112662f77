/**
 * The `##` sections every workshop kit has, in order, by their heading in each language
 * (README, "Adding a workshop kit"). The content tests require exactly these; the presenter
 * view finds the plan and the discussion questions on the page by the same headings.
 */
export const kitSections = {
  nl: {
    goal: 'Doel en opbrengst',
    preparation: 'Voorbereiding en materiaal',
    plan: 'Stappenplan',
    questions: 'Gespreksvragen',
    variations: 'Varianten',
    handout: 'Hand-out',
    sources: 'Bronnen',
  },
  en: {
    goal: 'Goal and outcome',
    preparation: 'Preparation and materials',
    plan: 'Step-by-step plan',
    questions: 'Discussion questions',
    variations: 'Variations',
    handout: 'Handout',
    sources: 'Sources',
  },
} as const;
