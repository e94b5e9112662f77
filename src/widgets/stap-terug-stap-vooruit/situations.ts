/**
 * "Stap terug, stap vooruit" (`StapTerugStapVooruit.astro`): situations in which a school
 * leader weighs giving room against taking back direction (*regie*). The situations are
 * the site's own examples, built on content-map GL1–GL3, TL8.6 and TL9.3; the
 * considerations say what each choice gains and risks. Scenario and option ids are answer
 * data: keep them forever.
 */

type Lang = 'nl' | 'en';

export const stepOptions = [
  {
    id: 'terug',
    nl: { label: 'Stap terug', words: 'stap terug', heading: 'Als je een stap terug doet' },
    en: { label: 'Step back', words: 'step back', heading: 'If you step back' },
  },
  {
    id: 'vooruit',
    nl: { label: 'Stap vooruit', words: 'stap vooruit', heading: 'Als je een stap vooruit doet' },
    en: { label: 'Step forward', words: 'step forward', heading: 'If you step forward' },
  },
  {
    id: 'allebei',
    nl: {
      label: 'Allebei, namelijk… (licht toe hieronder)',
      words: 'allebei',
      heading: 'Als je allebei doet',
    },
    en: { label: 'Both, namely… (explain below)', words: 'both', heading: 'If you do both' },
  },
] as const;

export type StepChoice = (typeof stepOptions)[number]['id'];

interface Scenario {
  title: string;
  situation: string;
  considerations: Record<StepChoice, string>;
}

export const stepScenarios: ({ id: string } & Record<Lang, Scenario>)[] = [
  {
    id: 'werkgroep-loopt-vast',
    nl: {
      title: 'Een werkgroep loopt vast',
      situation:
        'De werkgroep rekenen zou voor de kerstvakantie nieuwe rekenmaterialen voorstellen. Na vier bijeenkomsten ligt er nog niets. In het laatste overleg keken de leden steeds naar jou: wat wil de directie eigenlijk?',
      considerations: {
        terug:
          'Je laat het antwoord bij de werkgroep en zegt dat je op hun expertise vertrouwt. Dat geeft de groep de kans om eigenaar te worden, en je voorkomt dat jij weer degene bent die de oplossing brengt. Het risico: weet de groep niet waarom ze vastzit, dan groeit de frustratie en lekt de energie weg.',
        vooruit:
          'Je neemt de regie: je zegt wat je van de werkgroep nodig hebt en wanneer. Dat geeft richting en tempo. Het risico zit in de grens tussen regie en controle. Ga je ook de inhoud bepalen, dan leert de groep dat de directie uiteindelijk toch beslist, en glijdt de school terug in een oud patroon.',
        allebei:
          'Je stapt naar voren op de kaders (wat is de vraag, wat mag het kosten, wanneer moet het klaar zijn) en terug op de inhoud. Zo bewaak je de koers zonder de oplossing over te nemen. Dat werkt het best als je die verdeling hardop uitspreekt, zodat de groep weet waar haar ruimte ligt.',
      },
    },
    en: {
      title: 'A working group gets stuck',
      situation:
        'The maths working group was to propose new maths materials before the Christmas holidays. After four meetings there is still nothing. In the last meeting the members kept looking at you: what does the school leadership actually want?',
      considerations: {
        terug:
          'You leave the answer with the working group and say that you trust their expertise. That gives the group the chance to take ownership, and keeps you from being the one who brings the solution again. The risk: if the group does not know why it is stuck, frustration grows and the energy drains away.',
        vooruit:
          'You take direction: you say what you need from the working group and by when. That gives course and pace. The risk lies on the line between direction and control. If you start deciding the content too, the group learns that the school leadership decides in the end after all, and the school slides back into an old pattern.',
        allebei:
          'You step forward on the frame (what is the question, what may it cost, when must it be ready) and back on the content. That way you guard the course without taking over the solution. It works best when you say this division out loud, so the group knows where its room lies.',
      },
    },
  },
  {
    id: 'trekker-staat-alleen',
    nl: {
      title: 'Een trekker staat er alleen voor',
      situation:
        'Een leraar trekt sinds dit schooljaar het nieuwe leesbeleid. Bij haar bijeenkomsten komen steeds minder collega’s. In de personeelskamer hoor je zeggen dat het “toch haar project” is.',
      considerations: {
        terug:
          'Je laat haar zelf een weg zoeken, omdat ingrijpen haar gezag kan aantasten. Daar zit iets in: neem jij het over, dan wordt het leesbeleid alsnog jouw project. Maar leiderschap van leraren groeit niet in een isolement. Blijft de steun uit, dan raakt zij uitgeput en wordt de kloof tussen “de trekker” en de rest van het team groter.',
        vooruit:
          'Je maakt zichtbaar dat het leesbeleid van de hele school is: je erkent haar werk in de teamvergadering, brengt haar in contact met collega’s of met een netwerk buiten de school, en vraagt het team wat het nodig heeft om mee te doen. Zo voorkom je dat ze geïsoleerd raakt. Pas wel op dat je niet haar woordvoerder wordt: het gaat om haar leiderschap, niet om het jouwe.',
        allebei:
          'Je stapt naar voren in verbinden en erkennen, en terug op de inhoud: zij blijft degene die het leesbeleid vormgeeft. Een gesprek met haar over wat zij van jou nodig heeft, helpt om die twee uit elkaar te houden.',
      },
    },
    en: {
      title: 'A teacher leader stands alone',
      situation:
        'Since the start of this school year, a teacher has been leading the new reading policy. Fewer and fewer colleagues come to her meetings. In the staff room you hear people say it is “her project anyway”.',
      considerations: {
        terug:
          'You let her find her own way, because stepping in could harm her authority. There is something in that: if you take over, the reading policy becomes your project after all. But teachers’ leadership does not grow in isolation. If support stays away, she wears out and the gap between “the one leading it” and the rest of the team widens.',
        vooruit:
          'You make visible that the reading policy belongs to the whole school: you recognise her work in the team meeting, put her in touch with colleagues or with a network outside the school, and ask the team what it needs to take part. That keeps her from becoming isolated. Do take care not to become her spokesperson: this is about her leadership, not yours.',
        allebei:
          'You step forward in connecting and recognising, and back on the content: she remains the one who shapes the reading policy. A conversation with her about what she needs from you helps to keep those two apart.',
      },
    },
  },
  {
    id: 'dialoog-onder-druk',
    nl: {
      title: 'Het gesprek in het team valt stil',
      situation:
        'Twee leraren hebben zeggenschap gekregen over het nieuwe toetsbeleid. Sindsdien wordt er in teamvergaderingen nauwelijks nog over toetsen gepraat. Sommige collega’s vinden dat “de toetsgroep het maar moet regelen”, anderen mopperen achteraf.',
      considerations: {
        terug:
          'Je laat het toetsbeleid bij de twee leraren en gaat ervan uit dat het team went aan de nieuwe verdeling. Dat respecteert de zeggenschap die je hebt gegeven. Maar het gemopper wijst erop dat collega’s elkaar die rol nog niet gunnen. Zonder gesprek daarover kan het professionele gesprek in het team verder verschralen.',
        vooruit:
          'Je trekt niet het besluit naar je toe, maar het gesprek: je agendeert een teamoverleg over wie waarover beslist en wat het vraagt om een collega te volgen. Zo houd je de dialoog levend zonder de zeggenschap terug te nemen. Het risico: hak je in dat overleg toch zelf de knopen door, dan neem je de controle alsnog terug.',
        allebei:
          'Je stapt naar voren door het gesprek over leiden en volgen op de agenda te zetten, en terug door de twee leraren dat gesprek zelf te laten leiden. Zo laat je zien dat hun rol serieus is, en dat het team er samen over gaat.',
      },
    },
    en: {
      title: 'The conversation in the team falls silent',
      situation:
        'Two teachers have been given the say over the new assessment policy. Since then, assessment hardly comes up in team meetings. Some colleagues feel that “the assessment group should just sort it out”, others grumble afterwards.',
      considerations: {
        terug:
          'You leave the assessment policy with the two teachers and expect the team to get used to the new division. That respects the say you have given. But the grumbling suggests that colleagues do not yet grant each other that role. Without a conversation about it, the professional dialogue in the team can grow thinner still.',
        vooruit:
          'You do not pull the decision towards you, but the conversation: you put a team meeting on the agenda about who decides what, and what it takes to follow a colleague. That keeps the dialogue alive without taking back the say. The risk: if you settle matters yourself in that meeting after all, you take back control anyway.',
        allebei:
          'You step forward by putting the conversation about leading and following on the agenda, and back by letting the two teachers lead that conversation themselves. That shows their role is taken seriously, and that the team owns the matter together.',
      },
    },
  },
  {
    id: 'kaders-onduidelijk',
    nl: {
      title: 'De kaders waren niet duidelijk',
      situation:
        'Een ontwikkelteam heeft maanden gewerkt aan een nieuw rooster met meer tijd om samen voor te bereiden. Bij de presentatie blijkt het plan te botsen met afspraken over uren die jij al met het bestuur had gemaakt. Het team vraagt waarom het dat niet wist.',
      considerations: {
        terug:
          'Je laat het team het plan zelf aanpassen aan de afspraken. Zo blijft het eigenaarschap bij het team. Maar de vraag van het team is terecht: wie ruimte geeft zonder kaders, laat mensen in het donker werken. Nog zo’n botsing kost vertrouwen.',
        vooruit:
          'Je neemt verantwoordelijkheid voor de onduidelijke kaders en maakt ze alsnog helder: wat ligt vast, en waar is ruimte? Dat is regie. Het werkt het best als je de kaders waar het kan samen met het team vaststelt, en daarbinnen daarna echt ruimte laat.',
        allebei:
          'Je stapt naar voren om de kaders te verduidelijken, liefst samen met het team, en daarna terug, zodat het team het rooster binnen die kaders zelf afmaakt. Spreek af hoe je voortaan vooraf laat weten wat vastligt.',
      },
    },
    en: {
      title: 'The frame was not clear',
      situation:
        'A development team has spent months on a new timetable with more time to prepare lessons together. At the presentation the plan turns out to clash with agreements about hours that you had already made with the school board. The team asks why it did not know.',
      considerations: {
        terug:
          'You let the team adapt the plan to the agreements itself. That way ownership stays with the team. But the team’s question is fair: giving room without a frame leaves people working in the dark. Another clash like this costs trust.',
        vooruit:
          'You take responsibility for the unclear frame and make it clear after all: what is fixed, and where is there room? That is direction. It works best when you set the frame together with the team where you can, and then really leave room within it.',
        allebei:
          'You step forward to clarify the frame, preferably together with the team, and then back, so the team finishes the timetable within that frame itself. Agree on how you will say in advance what is fixed from now on.',
      },
    },
  },
  {
    id: 'stille-expertise',
    nl: {
      title: 'Expertise die niemand gebruikt',
      situation:
        'Het team zoekt al maanden naar een aanpak voor de onrust in de groepen. Een stille collega heeft vorig jaar een opleiding tot gedragsspecialist afgerond, maar zegt er in vergaderingen niets over. Niemand lijkt het te weten.',
      considerations: {
        terug:
          'Je wacht tot zij zelf het initiatief neemt, want leiderschap kun je niet opleggen. Dat respecteert haar eigen keuze. Maar wie zich minder makkelijk laat horen, stapt misschien nooit vanzelf naar voren. Dan blijft kennis liggen die het team hard nodig heeft.',
        vooruit:
          'Je gaat met haar in gesprek over haar opleiding en over wat zij zou willen bijdragen, en je zorgt dat het team weet welke expertise er is. Dat past bij leiderschap op grond van expertise en affiniteit. Let wel: nodig uit, maar wijs haar geen rol toe die ze niet wil. En het team moet haar de leiding ook gunnen.',
        allebei:
          'Je stapt naar voren om expertise zichtbaar te maken, bijvoorbeeld in een teamgesprek waarin iedereen vertelt waar hij of zij goed in is, en terug in de keuze wat zij ermee doet.',
      },
    },
    en: {
      title: 'Expertise nobody uses',
      situation:
        'For months the team has been looking for a way to deal with restlessness in the classes. A quiet colleague completed a course to become a behaviour specialist last year, but never mentions it in meetings. Nobody seems to know.',
      considerations: {
        terug:
          'You wait for her to take the initiative herself, because leadership cannot be imposed. That respects her own choice. But someone who is less quick to speak up may never step forward by herself. Then knowledge the team badly needs stays unused.',
        vooruit:
          'You talk with her about her course and about what she would like to contribute, and you make sure the team knows what expertise there is. That fits leadership based on expertise and affinity. Mind you: invite, but do not hand her a role she does not want. And the team has to grant her the lead too.',
        allebei:
          'You step forward to make expertise visible, for example in a team conversation in which everyone says what they are good at, and back in the choice of what she does with it.',
      },
    },
  },
];
