/**
 * Country adjectives and nouns of the people, English and French, every gender and number. The
 * database stores country names, not these, yet news names a side by them as often as by the
 * country ("the Vietnamese side", "le Premier ministre cambodgien"). Used only for countries the
 * gazetteer lists.
 */

// Expands "cambodgien(ne)(s)" style stems into every form.
function forms(spec: string): string[] {
  return spec.split(" ").flatMap((word) => {
    const m = /^([^(]+)((?:\([^)]+\))*)$/.exec(word);
    if (!m) return [word];
    const optional = [...m[2]!.matchAll(/\(([^)]+)\)/g)].map((x) => x[1]!);
    let out = [m[1]!];
    for (const suffix of optional) out = out.flatMap((w) => [w, w + suffix]);
    return out;
  });
}

const TABLE: Record<string, string> = {
  VN: "Vietnamese vietnamien(ne)(s)",
  KH: "Cambodian(s) cambodgien(ne)(s)",
  LA: "Lao Laotian(s) laotien(ne)(s)",
  TH: "Thai(s) thaïlandais(e)(s)",
  CN: "Chinese chinois(e)(s)",
  JP: "Japanese japonais(e)(s)",
  // "Korean" alone is the South in bilateral news; "North Korean" is longer and wins.
  KR: "South-Korean(s) Korean(s) sud-coréen(ne)(s) coréen(ne)(s)",
  KP: "North-Korean(s) nord-coréen(ne)(s)",
  US: "American(s) américain(e)(s)",
  FR: "French français(e)(s)",
  RU: "Russian(s) russe(s)",
  IN: "Indian(s) indien(ne)(s)",
  AU: "Australian(s) australien(ne)(s)",
  MY: "Malaysian(s) malaisien(ne)(s)",
  SG: "Singaporean(s) singapourien(ne)(s)",
  ID: "Indonesian(s) indonésien(ne)(s)",
  PH: "Philippine Filipino(s) philippin(e)(s)",
  MM: "Burmese Myanmar birman(e)(s)",
  GB: "British britannique(s)",
  DE: "German(s) allemand(e)(s)",
  SN: "Senegalese sénégalais(e)(s)",
  MA: "Moroccan(s) marocain(e)(s)",
  DZ: "Algerian(s) algérien(ne)(s)",
  TN: "Tunisian(s) tunisien(ne)(s)",
  EG: "Egyptian(s) égyptien(ne)(s)",
  CI: "Ivorian(s) ivoirien(ne)(s)",
  ML: "Malian(s) malien(ne)(s)",
  CM: "Cameroonian(s) camerounais(e)(s)",
  NG: "Nigerian(s) nigérian(e)(s)",
  ZA: "South-African(s) sud-africain(e)(s)",
  BD: "Bangladeshi(s) bangladais(e)(s)",
  PK: "Pakistani(s) pakistanais(e)(s)",
  NP: "Nepalese népalais(e)(s)",
  LK: "Sri-Lankan(s) sri-lankais(e)(s)",
  MN: "Mongolian(s) mongol(e)(s)",
  BN: "Bruneian(s) brunéien(ne)(s)",
  TL: "Timorese timorais(e)(s)",
  NO: "Norwegian(s) norvégien(ne)(s)",
  PE: "Peruvian(s) péruvien(ne)(s)",
  IT: "Italian(s) italien(ne)(s)",
  ES: "Spanish espagnol(e)(s)",
  NL: "Dutch néerlandais(e)(s)",
  BE: "Belgian(s) belge(s)",
  CH: "Swiss suisse(s)",
  CA: "Canadian(s) canadien(ne)(s)",
  BR: "Brazilian(s) brésilien(ne)(s)",
  MX: "Mexican(s) mexicain(e)(s)",
  TR: "Turkish turc(s) turque(s)",
  SA: "Saudi(s) saoudien(ne)(s)",
  IR: "Iranian(s) iranien(ne)(s)",
  IL: "Israeli(s) israélien(ne)(s)",
  UA: "Ukrainian(s) ukrainien(ne)(s)",
  KZ: "Kazakh(s) kazakh(e)(s)",
  NZ: "New-Zealander(s) néo-zélandais(e)(s)",
};

/** Every adjective form for a country code; [] for a country this table does not know. */
export function demonymsOf(code: string): string[] {
  const spec = TABLE[code.toUpperCase()];
  // The matcher treats a hyphen as a space, so "South-Korean" also finds "South Korean".
  return spec ? forms(spec) : [];
}
