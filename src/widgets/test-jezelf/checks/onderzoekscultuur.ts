/**
 * Test jezelf, research culture: research-based or research-informed (GL 434-442, after
 * Van Schaik et al., 2020), what decisions are tied to (after Uiterwijk-Luijk, 2017) and
 * what the school leader does (GL 200-215, 447-456).
 */
import type { QuizQuestion } from '../questions';

const based = { nl: 'Research-based', en: 'Research-based' };
const informed = { nl: 'Research-informed', en: 'Research-informed' };
const byFeel = { nl: 'Geen van beide: op gevoel', en: 'Neither: by feel' };

export const researchChecks: QuizQuestion[] = [
  {
    id: 'overzichtsstudie',
    correct: 'based',
    nl: 'Voorbeeld van deze site: een team leest een overzichtsstudie over feedback en neemt de aanpak die daarin wordt aanbevolen over. Hoe heet die manier van werken?',
    en: 'An example of this site: a team reads a review study on feedback and adopts the approach it recommends. What is this way of working called?',
    options: [
      {
        id: 'based',
        nl: {
          text: based.nl,
          why: 'Het team zet kennis uit onderzoek in, en dat is wat research-based betekent.',
        },
        en: {
          text: based.en,
          why: 'The team puts knowledge from research to use, which is what research-based means.',
        },
      },
      {
        id: 'informed',
        nl: {
          text: informed.nl,
          why: 'Dan zou het team de studie verbinden met wat het zelf weet en meemaakt; dat gebeurt hier niet.',
        },
        en: {
          text: informed.en,
          why: 'Then the team would link the study with what it knows and experiences itself; that does not happen here.',
        },
      },
      {
        id: 'gevoel',
        nl: { text: byFeel.nl, why: 'Het team leunt hier op onderzoek, niet op intuïtie.' },
        en: { text: byFeel.en, why: 'The team leans on research here, not on intuition.' },
      },
    ],
  },
  {
    id: 'eigen-ervaring-erbij',
    correct: 'informed',
    nl: 'Voorbeeld van deze site: een team legt zijn eigen observaties en leerlingresultaten naast wat onderzoek over rekenonderwijs zegt, en kiest dan een aanpak. Hoe heet dat?',
    en: 'An example of this site: a team puts its own observations and pupil results beside what research says about teaching maths, and then chooses an approach. What is that called?',
    options: [
      {
        id: 'informed',
        nl: {
          text: informed.nl,
          why: 'Eigen kennis en ervaring worden hier gekoppeld aan kennis uit onderzoek: precies het kenmerk van research-informed.',
        },
        en: {
          text: informed.en,
          why: 'Here the team’s own knowledge and experience are joined to knowledge from research: exactly the mark of research-informed.',
        },
      },
      {
        id: 'based',
        nl: {
          text: based.nl,
          why: 'Research-based steunt op de kennis uit onderzoek zelf. Hier komt de eigen praktijk er nadrukkelijk bij.',
        },
        en: {
          text: based.en,
          why: 'Research-based rests on the knowledge from research itself. Here the team’s own practice is added on purpose.',
        },
      },
      {
        id: 'gevoel',
        nl: {
          text: byFeel.nl,
          why: 'Er ligt onderzoek onder het besluit, samen met gegevens van de school. Op gevoel is het dus niet.',
        },
        en: {
          text: byFeel.en,
          why: 'Research lies under the decision, together with the school’s own data. So it is not by feel.',
        },
      },
    ],
  },
  {
    id: 'waaraan-verbonden',
    correct: 'visie-en-doelen',
    nl: 'Waaraan zijn besluiten in een onderzoekscultuur volgens het artikel verbonden?',
    en: 'According to the article, what are decisions in a research culture tied to?',
    options: [
      {
        id: 'visie-en-doelen',
        nl: {
          text: 'Aan de onderwijsvisie en aan doelen die vooraf zijn gesteld',
          why: 'Het artikel haalt daarvoor Uiterwijk-Luijk (2017) aan. Onderzoek helpt bij de aanpak, de visie en de doelen geven de richting.',
        },
        en: {
          text: 'To the educational vision and to goals set beforehand',
          why: 'The article cites Uiterwijk-Luijk (2017) for this. Research helps with the approach; the vision and the goals give the direction.',
        },
      },
      {
        id: 'nieuwste-studie',
        nl: {
          text: 'Aan de nieuwste studie die het team kan vinden',
          why: 'Onderzoek voedt de aanpak, maar een besluit hoort eerst te passen bij wat de school wil bereiken.',
        },
        en: {
          text: 'To the latest study the team can find',
          why: 'Research feeds the approach, but a decision first has to fit what the school wants to achieve.',
        },
      },
      {
        id: 'voorkeur-schoolleider',
        nl: {
          text: 'Aan wat de schoolleider het beste vindt',
          why: 'Het artikel beschrijft juist een cultuur van gezamenlijke besluitvorming, die de schoolleider met het team opbouwt.',
        },
        en: {
          text: 'To what the school leader thinks best',
          why: 'The article describes a culture of shared decision-making, which the school leader builds with the team.',
        },
      },
    ],
  },
  {
    id: 'rol-schoolleider',
    correct: 'bronnen-en-tijd',
    nl: 'Wat doet de schoolleider volgens het artikel in een onderzoekscultuur?',
    en: 'According to the article, what does the school leader do in a research culture?',
    options: [
      {
        id: 'bronnen-en-tijd',
        nl: {
          text: 'Zorgt voor bronnen, tijd en ruimte om samen te werken, en werkt zelf onderzoeksmatig',
          why: 'De schoolleider faciliteert, geeft het goede voorbeeld en let erop dat wat het team aanpakt bij de koers van de school past.',
        },
        en: {
          text: 'Provides sources, time and room to work together, and works in a research-minded way too',
          why: 'The school leader makes it possible, sets the example and sees to it that what the team takes on fits the school’s course.',
        },
      },
      {
        id: 'zelf-onderzoeken',
        nl: {
          text: 'Doet het onderzoek zelf en presenteert de uitkomsten aan het team',
          why: 'In het artikel onderzoekt het team samen; de schoolleider maakt dat mogelijk en ondersteunt, maar neemt het niet over.',
        },
        en: {
          text: 'Does the research and presents the findings to the team',
          why: 'In the article the team inquires together; the school leader makes that possible and supports it, but does not take it over.',
        },
      },
      {
        id: 'uitbesteden',
        nl: {
          text: 'Laat het onderzoek over aan externe onderzoekers',
          why: 'Het artikel gaat over een onderzoekende houding van alle teamleden, niet over onderzoek dat buiten de school gebeurt.',
        },
        en: {
          text: 'Leaves the research to outside researchers',
          why: 'The article is about an inquiring attitude in every team member, not about research done outside the school.',
        },
      },
    ],
  },
];
