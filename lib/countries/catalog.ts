import isoCountries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import { exactCountry, matchCountries, type CountryOption } from "./match";

// Every ISO 3166-1 country (and Kosovo's user-assigned XK, which the package and most data sets
// carry) with its names, from the maintained `i18n-iso-countries` package rather than a list kept
// here. Its Node entry registers all of its languages; English and French, the app's two, are
// registered here as well so that they never depend on which entry a bundler picked.

isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);

/** The languages the catalog can name countries in (BCP 47 primary tags: "de", "vi", "km"…). */
export function catalogLanguages(): string[] {
  return isoCountries.langs();
}

/** Every code the catalog knows, alpha-2. */
export const CATALOG_CODES: readonly string[] = Object.keys(isoCountries.getAlpha2Codes()).sort();

/** Whether a code is an ISO 3166-1 alpha-2 code in the catalog (case-sensitive: "VN", not "vn"). */
export function isCatalogCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isoCountries.isValid(code);
}

/**
 * A country's name in a language the catalog offers ("en", "fr", "de", "vi"…): the package's
 * first (official) name, or undefined for an unknown code or language.
 */
export function countryNameIn(code: string, language: string): string | undefined {
  if (!isCatalogCode(code)) return undefined;
  return isoCountries.getName(code, language) || undefined;
}

/** Every name the catalog gives a country in a language, official first ("Russian Federation", "Russia"). */
export function countryNamesIn(code: string, language: string): string[] {
  if (!isCatalogCode(code)) return [];
  return isoCountries.getName(code, language, { select: "all" }) ?? [];
}

export interface CatalogCountry {
  code: string;
  name: string;
  nameFr: string;
}

/** Every country with its English and French names, by code. */
export function catalogCountries(): CatalogCountry[] {
  return CATALOG_CODES.map((code) => ({
    code,
    name: countryNameIn(code, "en") ?? code,
    nameFr: countryNameIn(code, "fr") ?? code,
  }));
}

/**
 * What else a country is called: the catalog's other English and French names and its alpha-3
 * code, without the names already shown (`known`).
 */
export function catalogAliases(code: string, known: readonly (string | null)[] = []): string[] {
  const alpha3 = isoCountries.alpha2ToAlpha3(code);
  const names = [...countryNamesIn(code, "en"), ...countryNamesIn(code, "fr"), ...(alpha3 ? [alpha3] : [])];
  return [...new Set(names)].filter((name) => !known.includes(name));
}

let options: CountryOption[] | undefined;

/** The catalog as picker options, by English name. */
export function catalogOptions(): readonly CountryOption[] {
  return (options ??= catalogCountries()
    .map((c) => ({ ...c, aliases: catalogAliases(c.code, [c.name, c.nameFr]) }))
    .sort((a, b) => a.name.localeCompare(b.name, "en")));
}

/** The countries a text could mean (code, alpha-3 code, or a name or its start, English or French, accents optional). */
export function searchCatalog(text: string, limit?: number): readonly CountryOption[] {
  return matchCountries(catalogOptions(), text, limit);
}

/** The one country a text names exactly — "KH", "KHM", "Cambodia", "cambodge" — or undefined. */
export function findCountry(text: string): CountryOption | undefined {
  return exactCountry(catalogOptions(), text);
}
