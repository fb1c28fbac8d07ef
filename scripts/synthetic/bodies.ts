import { COUNTRIES, type Country, type Region } from "./countries";

// International bodies of the synthetic world: regional organizations with their members, UN
// agencies and development banks without (too many to list). The kinds are those of
// lib/organizations' vocabulary for bodies.

export interface BodySpec {
  name: string;
  nameFr: string;
  kind: string;
  alias: string;
  /** Member countries by region, or none listed. */
  regions: readonly Region[];
}

export const BODIES: readonly BodySpec[] = [
  {
    name: "Association of Southeast Asian Nations",
    nameFr: "Association des nations de l'Asie du Sud-Est",
    kind: "regional_organization",
    alias: "ASEAN",
    regions: ["asean"],
  },
  {
    name: "European Union",
    nameFr: "Union européenne",
    kind: "regional_organization",
    alias: "EU",
    regions: ["eu"],
  },
  {
    name: "African Union",
    nameFr: "Union africaine",
    kind: "regional_organization",
    alias: "AU",
    regions: ["africa"],
  },
  {
    name: "Asian Development Bank",
    nameFr: "Banque asiatique de développement",
    kind: "development_bank",
    alias: "ADB",
    regions: ["asean", "east_asia", "south_asia", "oceania"],
  },
  {
    name: "African Development Bank",
    nameFr: "Banque africaine de développement",
    kind: "development_bank",
    alias: "AfDB",
    regions: ["africa"],
  },
  { name: "World Bank", nameFr: "Banque mondiale", kind: "development_bank", alias: "WB", regions: [] },
  {
    name: "United Nations Development Programme",
    nameFr: "Programme des Nations unies pour le développement",
    kind: "un_agency",
    alias: "UNDP",
    regions: [],
  },
  {
    name: "United Nations Educational, Scientific and Cultural Organization",
    nameFr: "Organisation des Nations unies pour l'éducation, la science et la culture",
    kind: "un_agency",
    alias: "UNESCO",
    regions: [],
  },
  {
    name: "World Health Organization",
    nameFr: "Organisation mondiale de la santé",
    kind: "un_agency",
    alias: "WHO",
    regions: [],
  },
  {
    name: "International Telecommunication Union",
    nameFr: "Union internationale des télécommunications",
    kind: "un_agency",
    alias: "ITU",
    regions: [],
  },
];

/** The members of a body, in the order of COUNTRIES. */
export function membersOf(spec: BodySpec): Country[] {
  return COUNTRIES.filter((country) => spec.regions.includes(country.region));
}

/**
 * The pairs that meet through a joint committee (a bilateral body of the two): the busiest
 * neighbours, which pickPair favours.
 */
export function committeePairs(): [Country, Country][] {
  const busiest = COUNTRIES.slice(0, 5);
  return busiest.flatMap((a, i) => busiest.slice(i + 1).map((b): [Country, Country] => [a, b]));
}
