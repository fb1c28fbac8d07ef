// The synthetic world's forty countries: real ISO 3166-1 codes with their English and French
// names, a few cities each, a currency and a region (the regional bodies' members). The order
// matters: pickPair (world.ts) favours the first ones, so a few neighbours are busy and most pairs
// are quiet, as in the real record.

/** How French names a country: le Cambodge, la France, les Philippines, l'Inde, Singapour. */
type Article = "le" | "la" | "les" | "l'" | "";

export type Region = "asean" | "east_asia" | "south_asia" | "oceania" | "eu" | "europe" | "americas" | "africa";

export interface Country {
  code: string;
  name: string;
  nameFr: string;
  article: Article;
  cities: readonly string[];
  currency: string;
  region: Region;
  /** Its organizations are named in French only (a French-language administration). */
  francophone?: boolean;
}

const c = (
  code: string,
  name: string,
  nameFr: string,
  article: Article,
  region: Region,
  currency: string,
  cities: string[],
  francophone = false,
): Country => ({ code, name, nameFr, article, region, currency, cities, ...(francophone ? { francophone } : {}) });

export const COUNTRIES: readonly Country[] = [
  c("VN", "Vietnam", "Viêt Nam", "le", "asean", "VND", ["Hanoi", "Da Nang", "Hue"]),
  c("KH", "Cambodia", "Cambodge", "le", "asean", "KHR", ["Phnom Penh", "Siem Reap", "Battambang"]),
  c("LA", "Laos", "Laos", "le", "asean", "LAK", ["Vientiane", "Luang Prabang", "Pakse"]),
  c("TH", "Thailand", "Thaïlande", "la", "asean", "THB", ["Bangkok", "Chiang Mai", "Khon Kaen"]),
  c("MM", "Myanmar", "Birmanie", "la", "asean", "MMK", ["Yangon", "Mandalay", "Naypyidaw"]),
  c("MY", "Malaysia", "Malaisie", "la", "asean", "MYR", ["Kuala Lumpur", "Penang", "Kuching"]),
  c("SG", "Singapore", "Singapour", "", "asean", "SGD", ["Singapore", "Jurong", "Woodlands"]),
  c("ID", "Indonesia", "Indonésie", "l'", "asean", "IDR", ["Jakarta", "Surabaya", "Medan"]),
  c("PH", "Philippines", "Philippines", "les", "asean", "PHP", ["Manila", "Cebu", "Davao"]),
  c("CN", "China", "Chine", "la", "east_asia", "CNY", ["Beijing", "Kunming", "Nanning"]),
  c("JP", "Japan", "Japon", "le", "east_asia", "JPY", ["Tokyo", "Osaka", "Fukuoka"]),
  c("KR", "South Korea", "Corée du Sud", "la", "east_asia", "KRW", ["Seoul", "Busan", "Incheon"]),
  c("IN", "India", "Inde", "l'", "south_asia", "INR", ["New Delhi", "Mumbai", "Chennai"]),
  c("AU", "Australia", "Australie", "l'", "oceania", "AUD", ["Canberra", "Sydney", "Darwin"]),
  c("FR", "France", "France", "la", "eu", "EUR", ["Paris", "Lyon", "Marseille"], true),
  c("DE", "Germany", "Allemagne", "l'", "eu", "EUR", ["Berlin", "Bonn", "Hamburg"]),
  c("GB", "United Kingdom", "Royaume-Uni", "le", "europe", "GBP", ["London", "Manchester", "Edinburgh"]),
  c("US", "United States", "États-Unis", "les", "americas", "USD", ["Washington", "New York", "Honolulu"]),
  c("RU", "Russia", "Russie", "la", "europe", "RUB", ["Moscow", "Vladivostok", "Kazan"]),
  c("CA", "Canada", "Canada", "le", "americas", "CAD", ["Ottawa", "Montréal", "Vancouver"]),
  c("BN", "Brunei", "Brunei", "le", "asean", "BND", ["Bandar Seri Begawan", "Kuala Belait", "Tutong"]),
  c("BD", "Bangladesh", "Bangladesh", "le", "south_asia", "BDT", ["Dhaka", "Chittagong", "Khulna"]),
  c("MN", "Mongolia", "Mongolie", "la", "east_asia", "MNT", ["Ulaanbaatar", "Erdenet", "Darkhan"]),
  c("NZ", "New Zealand", "Nouvelle-Zélande", "la", "oceania", "NZD", ["Wellington", "Auckland", "Christchurch"]),
  c("IT", "Italy", "Italie", "l'", "eu", "EUR", ["Rome", "Milan", "Naples"]),
  c("ES", "Spain", "Espagne", "l'", "eu", "EUR", ["Madrid", "Barcelona", "Seville"]),
  c("NL", "Netherlands", "Pays-Bas", "les", "eu", "EUR", ["Amsterdam", "The Hague", "Rotterdam"]),
  c("BE", "Belgium", "Belgique", "la", "eu", "EUR", ["Brussels", "Antwerp", "Liège"]),
  c("SE", "Sweden", "Suède", "la", "eu", "SEK", ["Stockholm", "Gothenburg", "Malmö"]),
  c("BR", "Brazil", "Brésil", "le", "americas", "BRL", ["Brasília", "São Paulo", "Rio de Janeiro"]),
  c("MX", "Mexico", "Mexique", "le", "americas", "MXN", ["Mexico City", "Guadalajara", "Monterrey"]),
  c("CU", "Cuba", "Cuba", "", "americas", "CUP", ["Havana", "Santiago de Cuba", "Camagüey"]),
  c("SN", "Senegal", "Sénégal", "le", "africa", "XOF", ["Dakar", "Saint-Louis", "Thiès"], true),
  c("CI", "Côte d'Ivoire", "Côte d'Ivoire", "la", "africa", "XOF", ["Abidjan", "Yamoussoukro", "Bouaké"], true),
  c("MA", "Morocco", "Maroc", "le", "africa", "MAD", ["Rabat", "Casablanca", "Marrakesh"], true),
  c("ZA", "South Africa", "Afrique du Sud", "l'", "africa", "ZAR", ["Pretoria", "Cape Town", "Durban"]),
  c("EG", "Egypt", "Égypte", "l'", "africa", "EGP", ["Cairo", "Alexandria", "Aswan"]),
  c("NG", "Nigeria", "Nigeria", "le", "africa", "NGN", ["Abuja", "Lagos", "Kano"]),
  c("KE", "Kenya", "Kenya", "le", "africa", "KES", ["Nairobi", "Mombasa", "Kisumu"]),
  c("TR", "Türkiye", "Turquie", "la", "europe", "TRY", ["Ankara", "Istanbul", "Izmir"]),
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "le Cambodge", "l'Inde", "Singapour" (capitalised at the start of a sentence with `start`). */
export function theFr(country: Country, start = false): string {
  const text = country.article === "l'" ? `l'${country.nameFr}` : `${country.article} ${country.nameFr}`.trim();
  return start ? capital(text) : text;
}

/** "du Cambodge", "de la France", "des Philippines", "de l'Inde", "de Singapour". */
export function ofFr(country: Country): string {
  const of: Record<Article, string> = { le: "du ", la: "de la ", les: "des ", "l'": "de l'", "": "de " };
  return `${of[country.article]}${country.nameFr}`;
}

/** "au Cambodge", "en France", "aux Philippines", "en Inde", "à Singapour". */
export function inFr(country: Country): string {
  const to: Record<Article, string> = { le: "au ", la: "en ", les: "aux ", "l'": "en ", "": "à " };
  return `${to[country.article]}${country.nameFr}`;
}
