// Words the synthetic world is made of. Real names of sectors, invented projects: enough variety
// that full-text search has common words (centre, training) and rare ones. French twins sit at
// the same index as their English words (a French title is the English one translated).

// The seed's sectors, same codes and names, so filters and search behave as on the real data.
export const SECTORS = [
  {
    code: "cybersecurity",
    name: "Cybersecurity",
    nameFr: "Cybersécurité",
    objects: [
      "a cybersecurity monitoring centre",
      "a computer emergency response team",
      "a national cyber drill",
      "network security audits",
    ],
    objectsFr: [
      "un centre de surveillance de la cybersécurité",
      "une équipe d'intervention en cas d'urgence informatique",
      "un exercice national de cyberdéfense",
      "des audits de sécurité des réseaux",
    ],
  },
  {
    code: "media_broadcasting",
    name: "Media & broadcasting",
    nameFr: "Médias et radiodiffusion",
    objects: [
      "airtime on national radio",
      "a joint television documentary",
      "a news exchange agreement",
      "a broadcasting studio",
    ],
    objectsFr: [
      "du temps d'antenne à la radio nationale",
      "un documentaire télévisé commun",
      "un accord d'échange d'informations",
      "un studio de radiodiffusion",
    ],
  },
  {
    code: "oda",
    name: "Official development assistance",
    nameFr: "Aide publique au développement",
    objects: [
      "grant aid for rural schools",
      "a concessional loan for water supply",
      "a development fund",
      "budget support",
    ],
    objectsFr: [
      "une aide non remboursable pour les écoles rurales",
      "un prêt concessionnel pour l'adduction d'eau",
      "un fonds de développement",
      "un appui budgétaire",
    ],
  },
  {
    code: "telecommunications",
    name: "Telecommunications",
    nameFr: "Télécommunications",
    objects: [
      "a fibre-optic backbone",
      "4G coverage in border provinces",
      "a submarine cable landing station",
      "rural telephone exchanges",
    ],
    objectsFr: [
      "une dorsale en fibre optique",
      "la couverture 4G des provinces frontalières",
      "une station d'atterrissement de câble sous-marin",
      "des centraux téléphoniques ruraux",
    ],
  },
  {
    code: "training",
    name: "Training",
    nameFr: "Formation",
    objects: [
      "training for journalists",
      "scholarships for engineers",
      "a civil service training programme",
      "vocational training centres",
    ],
    objectsFr: [
      "la formation de journalistes",
      "des bourses pour ingénieurs",
      "un programme de formation de la fonction publique",
      "des centres de formation professionnelle",
    ],
  },
  {
    code: "e_government",
    name: "E-government",
    nameFr: "E-gouvernement",
    objects: [
      "an online public services portal",
      "a digital identity system",
      "an e-procurement platform",
      "a national data centre",
    ],
    objectsFr: [
      "un portail de services publics en ligne",
      "un système d'identité numérique",
      "une plateforme de marchés publics électroniques",
      "un centre national de données",
    ],
  },
  {
    code: "smart_city",
    name: "Smart city",
    nameFr: "Ville intelligente",
    objects: [
      "a smart traffic system",
      "city surveillance cameras",
      "a smart lighting pilot",
      "an urban data platform",
    ],
    objectsFr: [
      "un système de circulation intelligent",
      "des caméras de surveillance urbaine",
      "un projet pilote d'éclairage intelligent",
      "une plateforme de données urbaines",
    ],
  },
  {
    code: "infrastructure",
    name: "Infrastructure",
    nameFr: "Infrastructures",
    objects: ["a cross-border bridge", "a railway feasibility study", "a deep-water port", "a highway upgrade"],
    objectsFr: [
      "un pont transfrontalier",
      "une étude de faisabilité ferroviaire",
      "un port en eau profonde",
      "la modernisation d'une autoroute",
    ],
  },
  {
    code: "information_technology",
    name: "Information technology",
    nameFr: "Technologies de l'information",
    objects: [
      "a software park",
      "IT equipment for ministries",
      "an open-source office suite rollout",
      "a technology incubator",
    ],
    objectsFr: [
      "un parc logiciel",
      "du matériel informatique pour les ministères",
      "le déploiement d'une suite bureautique libre",
      "un incubateur technologique",
    ],
  },
  {
    code: "investment",
    name: "Investment",
    nameFr: "Investissement",
    objects: [
      "an investment promotion office",
      "a special economic zone",
      "a joint venture in telecoms",
      "an industrial park",
    ],
    objectsFr: [
      "un bureau de promotion des investissements",
      "une zone économique spéciale",
      "une coentreprise dans les télécommunications",
      "un parc industriel",
    ],
  },
] as const;

// Verbs per kind, English and French at the same index. `intent` is a wish or a willingness,
// weaker than a proposal.
export const KIND_VERBS: Record<string, { en: string[]; fr: string[] }> = {
  pledge: {
    en: ["Build", "Fund", "Provide", "Deliver", "Finance"],
    fr: ["Construire", "Financer", "Fournir", "Livrer", "Financer"],
  },
  request: {
    en: ["Help complete", "Support", "Assist with", "Help expand"],
    fr: ["Aider à achever", "Soutenir", "Appuyer", "Aider à étendre"],
  },
  proposal: {
    en: ["Study", "Jointly develop", "Pilot", "Explore"],
    fr: ["Étudier", "Développer conjointement", "Expérimenter", "Explorer"],
  },
  agreement: {
    en: ["Cooperate on", "Jointly operate", "Share", "Coordinate"],
    fr: ["Coopérer pour", "Exploiter conjointement", "Partager", "Coordonner"],
  },
  intent: {
    en: ["Consider", "Hope to develop", "Stand ready to support", "Wish to explore"],
    fr: ["Envisager", "Souhaiter développer", "Se tenir prêt à soutenir", "Souhaiter explorer"],
  },
};

/** National organizations, the same set in every country: English and French base names. */
export const ORG_KINDS = [
  {
    kind: "ministry",
    names: [
      ["Ministry of Information", "Ministère de l'Information"],
      ["Ministry of Foreign Affairs", "Ministère des Affaires étrangères"],
      ["Ministry of Planning", "Ministère du Plan"],
      ["Ministry of Posts and Telecommunications", "Ministère des Postes et Télécommunications"],
    ],
  },
  {
    kind: "agency",
    names: [
      ["National Cyber Agency", "Agence nationale de cybersécurité"],
      ["Development Cooperation Agency", "Agence de coopération pour le développement"],
    ],
  },
  {
    kind: "state_media",
    names: [
      ["National Radio", "Radio nationale"],
      ["National Television", "Télévision nationale"],
    ],
  },
  {
    kind: "enterprise",
    names: [
      ["State Telecom Corporation", "Société nationale des télécommunications"],
      ["National Investment Company", "Société nationale d'investissement"],
    ],
  },
] as const;

export const GIVEN = [
  "An",
  "Bao",
  "Chan",
  "Dara",
  "Hiro",
  "Ivan",
  "Jean",
  "Kim",
  "Lina",
  "Minh",
  "Nak",
  "Omar",
  "Pich",
  "Ravi",
  "Sok",
  "Thanh",
  "Wei",
  "Yuki",
];
export const FAMILY = [
  "Nguyen",
  "Hun",
  "Tanaka",
  "Martin",
  "Park",
  "Singh",
  "Schmidt",
  "Smith",
  "Chen",
  "Ivanov",
  "Tran",
  "Sok",
  "Lim",
  "Santos",
  "Kumar",
  "Dubois",
];
export const TITLES: readonly (readonly [string, string])[] = [
  ["Minister", "Ministre"],
  ["Deputy Minister", "Vice-ministre"],
  ["Director General", "Directeur général"],
  ["Ambassador", "Ambassadeur"],
  ["Secretary of State", "Secrétaire d'État"],
  ["Chairman", "Président"],
];

/**
 * Quantities: a baseline range, the factor to the target, and how the change reads. Some are
 * given as a change ("an increase of 50 MW") rather than a target (history.ts picks the shape).
 */
export const UNITS = [
  { unit: "minutes a day", baseline: [10, 30], factor: 2, scope: "on national radio" },
  { unit: "scholarships a year", baseline: [20, 100], factor: 2, scope: "for graduate students" },
  { unit: "trainees", baseline: [50, 300], factor: 3, scope: "in the capital and provinces" },
  { unit: "kilometres", baseline: [100, 800], factor: 2, scope: "of fibre along the border" },
  { unit: "MW", baseline: [40, 400], factor: 1.5, scope: "of generating capacity" },
] as const;

export const FILLER = [
  "The two sides reviewed the outcomes of cooperation since their previous meeting and agreed that much remained to be done.",
  "Officials stressed that the partnership rests on mutual respect, trust and the shared interests of both peoples.",
  "The delegations discussed regional security, trade facilitation and the exchange of experience in public administration.",
  "Both ministers noted the growing role of digital technology in economic development and in the daily life of citizens.",
  "The host side thanked the visiting delegation for its support during the difficult years of reconstruction.",
  "Participants underlined the importance of regular consultations at ministerial and expert level.",
  "The visit took place in a warm and friendly atmosphere and was covered widely by the national press.",
  "Experts from both countries will meet again before the end of the year to review the implementation of the agreements.",
];

export const FILLER_FR = [
  "Les deux parties ont passé en revue les résultats de la coopération depuis leur dernière rencontre.",
  "Les responsables ont souligné que le partenariat repose sur le respect mutuel et la confiance.",
  "La visite s'est déroulée dans une atmosphère chaleureuse et amicale.",
  "Les experts des deux pays se réuniront de nouveau avant la fin de l'année.",
];
