/**
 * Test jezelf, the seven qualities (TL 439-516): which quality a situation asks for, and
 * what the exploration says helps it grow.
 */
import { qualityName, type QualityId } from '../../../course/concepts';
import type { QuizQuestion } from '../questions';

const name = (id: QualityId) => ({ nl: qualityName(id, 'nl'), en: qualityName(id, 'en') });

export const qualityChecks: QuizQuestion[] = [
  {
    id: 'verder-dan-de-klas',
    correct: '1',
    nl: 'Voorbeeld van deze site: Ahmed bekijkt een rekenprobleem niet alleen vanuit zijn groep 6, maar vraagt wat het betekent voor de leerlijn van de hele school. Welke kwaliteit laat hij zien?',
    en: 'An example of this site: Ahmed looks at a maths problem not only from his own class (groep 6) but asks what it means for the whole school’s learning line. Which quality does he show?',
    options: [
      {
        id: '1',
        nl: {
          text: name('1').nl,
          why: 'Hij kijkt voorbij zijn eigen klas, vak en leerlingen: dat is precies deze kwaliteit.',
        },
        en: {
          text: name('1').en,
          why: 'He looks past his own class, subject and pupils: that is exactly this quality.',
        },
      },
      {
        id: '2',
        nl: {
          text: name('2').nl,
          why: 'Die kwaliteit gaat over de drijfveer achter je invloed (goed onderwijs) en over een visie op het leraarsberoep, niet over hoe breed je kijkt.',
        },
        en: {
          text: name('2').en,
          why: 'That quality is about the drive behind your influence (good education) and a view of the teaching profession, not about how widely you look.',
        },
      },
      {
        id: '3',
        nl: {
          text: name('3').nl,
          why: 'Lef zit in het verkennen van nieuwe wegen; Ahmed verbreedt vooral zijn blik.',
        },
        en: {
          text: name('3').en,
          why: 'Courage lies in exploring new paths; what Ahmed does above all is widen his view.',
        },
      },
    ],
  },
  {
    id: 'hoe-organiseer-je-het',
    correct: '4',
    nl: 'Voorbeeld van deze site: Eva wil een verandering in gang zetten, maar twijfelt of ze weet hoe je zoiets in de school regelt en wie je mee moet krijgen. Bij welke kwaliteit hoort dat, en wat helpt volgens de verkenning?',
    en: 'An example of this site: Eva wants to start a change but doubts whether she knows how to arrange such a thing in the school and whom she needs on board. Which quality is this, and what helps according to the exploration?',
    options: [
      {
        id: '4',
        nl: {
          text: `${name('4').nl}; ondersteuning en professionalisering`,
          why: 'Kennis van veranderen, van strategie en van hoe een school politiek werkt, is voor veel leraren nieuw. De verkenning verwacht dat daar vaak steun bij nodig is, en geeft schoolleiders daarin een rol.',
        },
        en: {
          text: `${name('4').en}; support and professional development`,
          why: 'Knowing how to bring about change, how strategy works and how a school’s politics run is new to many teachers. The exploration expects that support will often be needed, and gives school leaders a part in it.',
        },
      },
      {
        id: '5',
        nl: {
          text: `${name('5').nl}; collega’s op hun werk aanspreken`,
          why: 'Verantwoordelijkheid gaat over nemen en verantwoorden wat je doet. Eva’s vraag is of ze het kan, niet of ze het wil dragen.',
        },
        en: {
          text: `${name('5').en}; holding colleagues to account`,
          why: 'Responsibility is about taking on what you do and answering for it. Eva’s question is whether she can, not whether she will carry it.',
        },
      },
      {
        id: '3',
        nl: {
          text: `${name('3').nl}; gewoon beginnen`,
          why: 'Lef helpt om te starten, maar de verkenning koppelt de kennis en vaardigheden die Eva mist aan geloof in eigen kunnen, en daar hoort steun bij.',
        },
        en: {
          text: `${name('3').en}; simply starting`,
          why: 'Courage helps to start, but the exploration links the knowledge and skills Eva lacks to belief in one’s own ability, and that comes with support.',
        },
      },
    ],
  },
  {
    id: 'welke-cultuur',
    correct: 'uitdagen-en-ruimte',
    nl: `In wat voor schoolcultuur komt de kwaliteit ${name('5').nl} volgens de verkenning het best tot haar recht?`,
    en: `In what kind of school culture does the quality ${name('5').en} do best, according to the exploration?`,
    options: [
      {
        id: 'uitdagen-en-ruimte',
        nl: {
          text: 'Een cultuur die mensen uitnodigt en op hun handelen aanspreekt, maar ook fouten en proberen toestaat',
          why: 'Verantwoording vragen en ruimte voor mislukken gaan hier samen: zonder die ruimte neemt niemand graag verantwoordelijkheid.',
        },
        en: {
          text: 'A culture that invites people and holds them to account for what they do, yet also allows trying and mistakes',
          why: 'Asking for accountability and leaving room to fail go together here: without that room, nobody is keen to take responsibility.',
        },
      },
      {
        id: 'alles-vooraf',
        nl: {
          text: 'Een cultuur waarin alles vooraf wordt goedgekeurd, zodat er geen fouten ontstaan',
          why: 'Dan ligt de verantwoordelijkheid bij wie goedkeurt. Juist het zelf nemen ervan is de kern van deze kwaliteit.',
        },
        en: {
          text: 'A culture in which everything is approved in advance, so that no mistakes occur',
          why: 'Then responsibility lies with whoever approves. Taking it yourself is the heart of this quality.',
        },
      },
      {
        id: 'niemand-aanspreken',
        nl: {
          text: 'Een cultuur waarin niemand elkaar aanspreekt, zodat iedereen zijn gang kan gaan',
          why: 'Zonder elkaar aan te spreken is er ook niets om je over te verantwoorden, naar collega’s, de schoolleider of buiten de school.',
        },
        en: {
          text: 'A culture in which nobody holds anyone to account, so that everyone can go their own way',
          why: 'Without holding each other to account there is nothing to answer for, to colleagues, the school leader or outside the school.',
        },
      },
    ],
  },
  {
    id: 'het-voortouw-laten',
    correct: '7',
    nl: 'Voorbeeld van deze site: de bouwcoördinator laat een jonge collega het nieuwe leesproject trekken en volgt haar daarin, en het team werkt naar een aanpak waar iedereen achter staat. Welke kwaliteit is dat?',
    en: 'An example of this site: the phase coordinator lets a young colleague lead the new reading project and follows her in it, and the team works towards an approach everyone supports. Which quality is that?',
    options: [
      {
        id: '7',
        nl: {
          text: name('7').nl,
          why: 'Leiden vraagt ook volgen. Wie een ander het leiderschap gunt en naar gedeeld eigenaarschap werkt, maakt meer leiderschap mogelijk.',
        },
        en: {
          text: name('7').en,
          why: 'Leading also takes following. Granting someone else the lead and working towards shared ownership makes room for more leadership.',
        },
      },
      {
        id: '6',
        nl: {
          text: name('6').nl,
          why: 'Netwerken voedt je leiderschap met contacten binnen en buiten de school; hier gaat het om ruimte geven aan een collega.',
        },
        en: {
          text: name('6').en,
          why: 'Networking feeds your leadership through contacts inside and outside the school; this is about giving a colleague room.',
        },
      },
      {
        id: '5',
        nl: {
          text: name('5').nl,
          why: 'De coördinator draagt het project juist over. Wat zij laat zien, is het vermogen een ander te laten leiden.',
        },
        en: {
          text: name('5').en,
          why: 'The coordinator is handing the project over. What she shows is the ability to let someone else lead.',
        },
      },
    ],
  },
];
