/**
 * Test jezelf, distributed leadership: the GL article's three features (GL 1-75, after
 * Amels, 2021) and the risks it names (GL 77-95).
 */
import type { QuizQuestion } from '../questions';

export const distributedChecks: QuizQuestion[] = [
  {
    id: 'wie-leidt',
    correct: 'expertise',
    nl: 'Wie neemt bij gespreid leiderschap de leiding?',
    en: 'Who takes the lead in distributed leadership?',
    options: [
      {
        id: 'expertise',
        nl: {
          text: 'Wie voor die kwestie de expertise en de affiniteit heeft, en dat verschilt per situatie',
          why: 'Dat is het eerste kenmerk: leiden en volgen wisselen, iedereen kan op een moment de leider zijn.',
        },
        en: {
          text: 'Whoever has the expertise and affinity for that matter, which differs from one situation to the next',
          why: 'That is the first characteristic: leading and following change hands, and anyone can be the leader at some point.',
        },
      },
      {
        id: 'schoolleider',
        nl: {
          text: 'De schoolleider, die de kaders zet en besluit',
          why: 'Zo werken positionele of hiërarchische benaderingen. Gespreid leiderschap wordt er juist tegenover gezet.',
        },
        en: {
          text: 'The school leader, who sets the frameworks and decides',
          why: 'That is how positional or hierarchical approaches work. Distributed leadership is set against them.',
        },
      },
      {
        id: 'coordinator',
        nl: {
          text: 'De leraar met een formele rol, zoals coördinator',
          why: 'Een positie is hier niet de grond voor leiderschap. Wie leidt, doet dat omdat de kennis en de betrokkenheid er zijn.',
        },
        en: {
          text: 'The teacher with a formal role, such as a coordinator',
          why: 'A post is not the ground for leadership here. Whoever leads does so because the knowledge and the commitment are there.',
        },
      },
    ],
  },
  {
    id: 'nt2',
    correct: 'gunnen-en-nemen',
    nl: 'Twee leerkrachten met veel ervaring in NT2-onderwijs nemen de leiding bij een nieuw taalbeleid voor die leerlingen, en het team laat dat aan hen. Van welk kenmerk is dat het voorbeeld van het artikel?',
    en: 'Two teachers with long experience in teaching Dutch as a second language (NT2) lead a new language policy for those pupils, and the team leaves it to them. Which characteristic does the article illustrate with this?',
    options: [
      {
        id: 'gunnen-en-nemen',
        nl: {
          text: 'Leiderschap wordt gegund en genomen op basis van expertise',
          why: 'Het tweede kenmerk: in een cultuur die initiatief waardeert, zet het team de kennis in die er al is.',
        },
        en: {
          text: 'Leadership is granted and taken on the basis of expertise',
          why: 'The second characteristic: in a culture that values initiative, the team puts the knowledge it already has to use.',
        },
      },
      {
        id: 'gedeelde-opvattingen',
        nl: {
          text: 'Gedeelde opvattingen en ambities geven de koers aan',
          why: 'Dat derde kenmerk gaat over de richting van de school als geheel, niet over wie bij een vraagstuk het voortouw neemt.',
        },
        en: {
          text: 'Shared beliefs and ambitions set the course',
          why: 'That third characteristic is about the direction of the school as a whole, not about who takes the lead on an issue.',
        },
      },
      {
        id: 'oplossing-aandragen',
        nl: {
          text: 'De schoolleider draagt de oplossing aan',
          why: 'Het artikel vraagt het omgekeerde: de schoolleider moedigt de leerkrachten met de expertise aan en steunt hen, in plaats van zelf de oplossing te brengen.',
        },
        en: {
          text: 'The school leader brings the solution',
          why: 'The article asks for the opposite: the school leader encourages and supports the teachers who have the expertise, instead of bringing the solution.',
        },
      },
    ],
  },
  {
    id: 'koers-houden',
    correct: 'gedragen-visie',
    nl: 'Wat voorkomt volgens het artikel dat initiatieven van leraren afdrijven van wat de school wil bereiken?',
    en: 'According to the article, what keeps teachers’ initiatives from drifting away from what the school wants to achieve?',
    options: [
      {
        id: 'gedragen-visie',
        nl: {
          text: 'Een visie op leren en leiden die het team samen heeft geformuleerd en draagt',
          why: 'Dat is het derde kenmerk: gedeelde opvattingen en ambities wijzen de richting.',
        },
        en: {
          text: 'A view of learning and leading that the team has formulated together and supports',
          why: 'That is the third characteristic: shared beliefs and ambitions point the way.',
        },
      },
      {
        id: 'controle',
        nl: {
          text: 'Dat de schoolleider elk initiatief vooraf controleert',
          why: 'Het artikel noemt het terugnemen van de controle juist als risico: dan valt de school terug in oude patronen.',
        },
        en: {
          text: 'The school leader checking every initiative in advance',
          why: 'The article names taking back control as a risk: the school then slides back into old patterns.',
        },
      },
      {
        id: 'eigen-project',
        nl: {
          text: 'Dat elke leraar een eigen project krijgt',
          why: 'Losse projecten zonder gedeelde koers zijn juist wat een gezamenlijke visie moet voorkomen.',
        },
        en: {
          text: 'Giving every teacher a project of their own',
          why: 'Separate projects without a shared course are what a shared vision is meant to prevent.',
        },
      },
    ],
  },
  {
    id: 'risico',
    correct: 'dialoog-onder-druk',
    nl: 'Welk risico van gespreid leiderschap noemt het artikel?',
    en: 'Which risk of distributed leadership does the article name?',
    options: [
      {
        id: 'dialoog-onder-druk',
        nl: {
          text: 'Dat het professionele gesprek onder druk komt als zeggenschap naar enkele teacher leaders verschuift',
          why: 'Bijvoorbeeld als collega’s elkaar geen rol gunnen, of als de schoolleider de regie toch terugpakt. Daarom raadt het artikel aan ook over volgerschap te praten.',
        },
        en: {
          text: 'That the professional dialogue comes under pressure when say shifts to a few teacher leaders',
          why: 'For example when colleagues do not grant each other a role, or when the school leader takes control back after all. That is why the article advises talking about followership too.',
        },
      },
      {
        id: 'schoolleider-overbodig',
        nl: {
          text: 'Dat de schoolleider overbodig wordt',
          why: 'Dat zegt het artikel nergens. De schoolleider blijft nodig: om aan te moedigen, te steunen en te bewaken dat initiatieven bij de visie passen.',
        },
        en: {
          text: 'That the school leader becomes superfluous',
          why: 'The article says nothing of the kind. The school leader is still needed: to encourage, to support and to see that initiatives fit the vision.',
        },
      },
      {
        id: 'te-snel',
        nl: {
          text: 'Dat besluiten te snel worden genomen',
          why: 'Snelheid is niet het risico dat het artikel beschrijft; het gaat om gunnen, volgen en het terugnemen van de regie.',
        },
        en: {
          text: 'That decisions are taken too quickly',
          why: 'Speed is not the risk the article describes; it is about granting, following and taking control back.',
        },
      },
    ],
  },
];
