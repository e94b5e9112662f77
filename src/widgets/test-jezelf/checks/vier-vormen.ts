/**
 * Test jezelf, the four forms (TL 153-204, the exploration's four forms and its plea for
 * community-based teacher leadership, TL 408-428).
 */
import { forms } from '../../../course/concepts';
import type { QuizQuestion } from '../questions';

const name = (id: (typeof forms)[number]['id']) => {
  const form = forms.find((candidate) => candidate.id === id)!;
  return { nl: form.nl.name, en: form.en.name };
};

export const formChecks: QuizQuestion[] = [
  {
    id: 'dimensies',
    correct: 'formeel-collectief',
    nl: 'Uit welke twee vragen volgen de vier vormen?',
    en: 'Which two questions give the four forms?',
    options: [
      {
        id: 'formeel-collectief',
        nl: {
          text: 'Is het leiderschap formeel of informeel, en ligt het bij één leraar of bij een groep?',
          why: 'Zet je die twee tweedelingen tegen elkaar, dan krijg je vier vakken: elk vak is een vorm.',
        },
        en: {
          text: 'Is the leadership formal or informal, and does it lie with one teacher or with a group?',
          why: 'Cross those two splits and you get four cells: each cell is one form.',
        },
      },
      {
        id: 'focus-reikwijdte',
        nl: {
          text: 'Waar gaat de invloed over, en hoe ver reikt ze?',
          why: 'Focus en reikwijdte beschrijven de effecten van teacher leadership, niet de vormen.',
        },
        en: {
          text: 'What is the influence about, and how far does it reach?',
          why: 'Focus and scope describe the effects of teacher leadership, not its forms.',
        },
      },
      {
        id: 'ervaring-opleiding',
        nl: {
          text: 'Hoeveel jaar ervaring heeft de leraar, en welke opleiding?',
          why: 'Ervaring en diploma’s komen in het onderscheid niet voor: het gaat om hoe leiderschap georganiseerd is.',
        },
        en: {
          text: 'How many years of experience does the teacher have, and which degree?',
          why: 'Experience and degrees play no part in the distinction: it is about how leadership is organised.',
        },
      },
    ],
  },
  {
    id: 'ontwikkelteam',
    correct: 'collective-role-based',
    nl: 'Voorbeeld van deze site: de directie stelt een docentontwikkelteam in dat samen het toetsbeleid herziet. Welke vorm is dat?',
    en: 'An example of this site: the school leadership sets up a teacher design team that revises the assessment policy together. Which form is that?',
    options: [
      {
        id: 'collective-role-based',
        nl: {
          text: name('collective-role-based').nl,
          why: 'Het team is formeel ingesteld en oefent als groep invloed uit.',
        },
        en: {
          text: name('collective-role-based').en,
          why: 'The team was set up formally and exerts influence as a group.',
        },
      },
      {
        id: 'role-based',
        nl: {
          text: name('role-based').nl,
          why: 'Dat is één leraar met een formele positie, zoals een coördinator; hier draagt een groep het werk.',
        },
        en: {
          text: name('role-based').en,
          why: 'That is one teacher in a formal position, such as a coordinator; here a group carries the work.',
        },
      },
      {
        id: 'community-based',
        nl: {
          text: name('community-based').nl,
          why: 'Die vorm is informeel: niemand stelt een team in, het hele team geeft per situatie de leiding aan wie er verstand van heeft.',
        },
        en: {
          text: name('community-based').en,
          why: 'That form is informal: nobody sets up a team; the whole staff hands the lead, situation by situation, to whoever knows most.',
        },
      },
    ],
  },
  {
    id: 'zonder-titel',
    correct: 'initiators',
    nl: 'Voorbeeld van deze site: Sanne heeft geen taak of titel, maar collega’s nemen haar aanpak van begrijpend lezen over omdat ze haar gezag toekennen. Welke vorm past?',
    en: 'An example of this site: Sanne has no post or title, but colleagues adopt her approach to reading comprehension because they grant her authority. Which form fits?',
    options: [
      {
        id: 'initiators',
        nl: {
          text: name('initiators').nl,
          why: 'Eén leraar heeft invloed zonder dat die ergens is vastgelegd: informeel en individueel.',
        },
        en: {
          text: name('initiators').en,
          why: 'One teacher has influence without it being laid down anywhere: informal and individual.',
        },
      },
      {
        id: 'role-based',
        nl: {
          text: name('role-based').nl,
          why: 'Daarvoor zou Sanne een formele positie moeten hebben, en die heeft ze niet.',
        },
        en: {
          text: name('role-based').en,
          why: 'That would need a formal position for Sanne, and she has none.',
        },
      },
      {
        id: 'community-based',
        nl: {
          text: name('community-based').nl,
          why: 'Hier gaat het om één persoon. Bij community-based wisselt de invloed tussen alle leraren.',
        },
        en: {
          text: name('community-based').en,
          why: 'This is about one person. In the community-based form, influence moves between all the teachers.',
        },
      },
    ],
  },
  {
    id: 'pleidooi',
    correct: 'community-based',
    nl: 'Voor welke vorm vragen de auteurs van de verkenning meer aandacht, in scholen, begeleiding en onderzoek?',
    en: 'Which form do the authors of the exploration want more attention for, in schools, support programmes and research?',
    options: [
      {
        id: 'community-based',
        nl: {
          text: name('community-based').nl,
          why: 'Duurzaam vernieuwen vraagt volgens hen iedereen in de school, en daar past een cultuur van gespreid leiderschap bij.',
        },
        en: {
          text: name('community-based').en,
          why: 'Lasting renewal, they argue, needs everyone in the school, and that fits a culture of distributed leadership.',
        },
      },
      {
        id: 'role-based',
        nl: {
          text: name('role-based').nl,
          why: 'Die vorm krijgt al de meeste nadruk, en juist die leidt tot de paradox: wie een positie erkent, sluit anderen ongemerkt uit.',
        },
        en: {
          text: name('role-based').en,
          why: 'That form already gets most of the emphasis, and it is the one that leads to the paradox: recognising a post quietly shuts others out.',
        },
      },
      {
        id: 'collective-role-based',
        nl: {
          text: name('collective-role-based').nl,
          why: 'Ook een groep met een formele opdracht blijft aan posities gebonden; het pleidooi gaat over leiderschap van alle leraren.',
        },
        en: {
          text: name('collective-role-based').en,
          why: 'A group with a formal brief is still tied to posts; the plea is about leadership by every teacher.',
        },
      },
    ],
  },
];
