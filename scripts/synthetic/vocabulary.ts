// Words the synthetic world is made of. Real names of countries and sectors, invented projects:
// enough variety that full-text search has common words (centre, training) and rare ones.

export const COUNTRIES: { code: string; name: string; nameFr: string; cities: string[]; currency: string }[] = [
  { code: "VN", name: "Vietnam", nameFr: "Viêt Nam", cities: ["Hanoi", "Da Nang", "Hue"], currency: "VND" },
  {
    code: "KH",
    name: "Cambodia",
    nameFr: "Cambodge",
    cities: ["Phnom Penh", "Siem Reap", "Battambang"],
    currency: "KHR",
  },
  { code: "LA", name: "Laos", nameFr: "Laos", cities: ["Vientiane", "Luang Prabang", "Pakse"], currency: "LAK" },
  {
    code: "TH",
    name: "Thailand",
    nameFr: "Thaïlande",
    cities: ["Bangkok", "Chiang Mai", "Khon Kaen"],
    currency: "THB",
  },
  { code: "MM", name: "Myanmar", nameFr: "Birmanie", cities: ["Yangon", "Mandalay", "Naypyidaw"], currency: "MMK" },
  { code: "MY", name: "Malaysia", nameFr: "Malaisie", cities: ["Kuala Lumpur", "Penang", "Kuching"], currency: "MYR" },
  { code: "SG", name: "Singapore", nameFr: "Singapour", cities: ["Singapore", "Jurong", "Woodlands"], currency: "SGD" },
  { code: "ID", name: "Indonesia", nameFr: "Indonésie", cities: ["Jakarta", "Surabaya", "Medan"], currency: "IDR" },
  { code: "PH", name: "Philippines", nameFr: "Philippines", cities: ["Manila", "Cebu", "Davao"], currency: "PHP" },
  { code: "CN", name: "China", nameFr: "Chine", cities: ["Beijing", "Kunming", "Nanning"], currency: "CNY" },
  { code: "JP", name: "Japan", nameFr: "Japon", cities: ["Tokyo", "Osaka", "Fukuoka"], currency: "JPY" },
  { code: "KR", name: "South Korea", nameFr: "Corée du Sud", cities: ["Seoul", "Busan", "Incheon"], currency: "KRW" },
  { code: "IN", name: "India", nameFr: "Inde", cities: ["New Delhi", "Mumbai", "Chennai"], currency: "INR" },
  { code: "AU", name: "Australia", nameFr: "Australie", cities: ["Canberra", "Sydney", "Darwin"], currency: "AUD" },
  { code: "FR", name: "France", nameFr: "France", cities: ["Paris", "Lyon", "Marseille"], currency: "EUR" },
  { code: "DE", name: "Germany", nameFr: "Allemagne", cities: ["Berlin", "Bonn", "Hamburg"], currency: "EUR" },
  {
    code: "GB",
    name: "United Kingdom",
    nameFr: "Royaume-Uni",
    cities: ["London", "Manchester", "Edinburgh"],
    currency: "GBP",
  },
  {
    code: "US",
    name: "United States",
    nameFr: "États-Unis",
    cities: ["Washington", "New York", "Honolulu"],
    currency: "USD",
  },
  { code: "RU", name: "Russia", nameFr: "Russie", cities: ["Moscow", "Vladivostok", "Kazan"], currency: "RUB" },
  { code: "CA", name: "Canada", nameFr: "Canada", cities: ["Ottawa", "Toronto", "Vancouver"], currency: "CAD" },
];

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
  },
  {
    code: "infrastructure",
    name: "Infrastructure",
    nameFr: "Infrastructures",
    objects: ["a cross-border bridge", "a railway feasibility study", "a deep-water port", "a highway upgrade"],
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
  },
] as const;

export const KIND_VERBS: Record<string, string[]> = {
  pledge: ["Build", "Fund", "Provide", "Deliver", "Finance"],
  request: ["Help complete", "Support", "Assist with", "Help expand"],
  proposal: ["Study", "Jointly develop", "Pilot", "Explore"],
  agreement: ["Cooperate on", "Jointly operate", "Share", "Coordinate"],
};

export const ORG_KINDS = [
  {
    kind: "ministry",
    names: [
      "Ministry of Information",
      "Ministry of Foreign Affairs",
      "Ministry of Planning",
      "Ministry of Posts and Telecommunications",
    ],
  },
  { kind: "agency", names: ["National Cyber Agency", "Development Cooperation Agency"] },
  { kind: "state_media", names: ["National Radio", "National Television"] },
  { kind: "enterprise", names: ["State Telecom Corporation", "National Investment Company"] },
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
export const TITLES = [
  "Minister",
  "Deputy Minister",
  "Director General",
  "Ambassador",
  "Secretary of State",
  "Chairman",
];

export const UNITS = [
  { unit: "minutes a day", baseline: [10, 30], factor: 2, scope: "on national radio" },
  { unit: "scholarships a year", baseline: [20, 100], factor: 2, scope: "for graduate students" },
  { unit: "trainees", baseline: [50, 300], factor: 3, scope: "in the capital and provinces" },
  { unit: "kilometres", baseline: [100, 800], factor: 2, scope: "of fibre along the border" },
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
