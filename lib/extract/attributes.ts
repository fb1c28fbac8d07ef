/**
 * The attributes a commitment sentence gives beyond its verb: the date that bounds it (not the
 * day of the meeting), and the clauses that each state a funded item ("the school cost X and the
 * plant Y").
 */
import { isDateRange, type DateSuggestion, type MoneySuggestion, type Span } from "./types";

// Prepositions that make a date a deadline or a period: "by 2020", "in the 2014-2020 period",
// "within this year", "d'ici 2020", "en 2018", "après deux ans".
const BOUNDING =
  /(?:^|\s)(?:by|in|within|until|before|during|for|over|from|through|d['’]ici|en|avant|jusqu['’]à|jusqu['’]en|au\s+cours\s+de|pour|après|dans|durant|pendant)\s+(?:(?:the|end\s+of|the\s+end\s+of|fin|la\s+fin|l['’]année|the\s+year|year|période|period|next|prochaine?)\s+)*(?:of\s+|de\s+)?$/iu;
// "on March 14", "le 22 mars", "since 2019", "last June": the meeting's day or the past.
const NOT_TARGET = /(?:^|\s)(?:on|le|since|depuis|last|dernier|hier|ago)\s*$/iu;
// "announced in 2023", "frozen in 2016", "annoncé lors de la visite … en septembre 2023": a date
// in the clause of a past act (announcing, pledging, signing, halting, completing) tells when it
// happened, not the deadline. Acts only: "riz décortiqué … en 2018" describes a thing. Not after
// "be" / "sera" ("to be completed in 2027"), nor across "to", "by", "pour", "d'ici".
const PAST_ACT = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:be|been|being|être|sera|seront|soit|soient|will)\s{1,3})(?:` +
    String.raw`(?:announc|pledg|promis|suspend|sign|launch|approv|grant|adopt|complet|inaugurat|disburs|stall|halt)ed|frozen|` +
    String.raw`(?:annonc|sign|lanc|approuv|accord|octroy|adopt|inaugur|achev|décaiss|débloqu|arrêt|gel)(?:é|ée|és|ées)|` +
    String.raw`(?:promi|remi)(?:s|se|ses)|(?:suspend|interromp)ue?s?)` +
    String.raw`(?:(?!\s(?:will|to|by|until|before|for|sera|seront|pour|d['’]ici|avant|jusqu['’]|afin|within|dans)\s)[^.;,!?]){0,60}$`,
  "iu",
);

/** The commitment's deadline or period among the sentence's dates, when one reads as such. */
export function pickTarget(text: string, dates: readonly DateSuggestion[]): DateSuggestion | undefined {
  const candidates = dates.filter((d) => {
    const before = text.slice(Math.max(0, d.start - 30), d.start);
    if (NOT_TARGET.test(before) || /(?:dernier|dernière|last)$/iu.test(d.text)) return false;
    if (PAST_ACT.test(text.slice(Math.max(0, d.start - 80), d.start))) return false;
    if (isDateRange(d.value)) return true;
    if (d.value.precision === "day") return false;
    // A date that carries its own preposition: "après deux ans", "within this year", "by 2030".
    return (
      BOUNDING.test(before) ||
      /^(?:this|next|cette|l['’]an|by|within|until|before|d['’]ici|après|avant|jusqu['’]|dans|in)(?![\p{L}])/iu.test(
        d.text,
      )
    );
  });
  return candidates.find((d) => isDateRange(d.value)) ?? candidates[0];
}

// Words that make an amount the cost or the funding of something given.
const FUNDING =
  /(?<![\p{L}])(?:worth|cost|costs|costing|funded|financed|investment|invested|fund|budget|investissement|investi|coûté|coûte|financée?s?|fonds|doté|dotée)(?![\p{L}])/iu;

/**
 * Clauses of a sentence with no commitment verb that each give the funding of an item
 * ("built with a fund of X and the plant cost Y"): one per amount, split at "and"/"et" or ";".
 */
export function fundedClauses(text: string, sentence: Span, money: readonly MoneySuggestion[]): Span[] {
  if (money.length === 0 || !FUNDING.test(sentence.text)) return [];
  const cuts = [sentence.start];
  for (const m of sentence.text.matchAll(/;|\s(?:and|et)\s(?=(?:l['’]|la\s|le\s|les\s|the\s|its\s|son\s|sa\s))/giu)) {
    const at = sentence.start + m.index;
    // Cut only between two amounts, so that "X (Y)" and "X, or Y" stay one clause.
    if (money.some((x) => x.end <= at && x.start >= cuts[cuts.length - 1]!) && money.some((x) => x.start > at))
      cuts.push(at + 1);
  }
  const clauses = cuts.map((start, i) => {
    const end = i + 1 < cuts.length ? cuts[i + 1]! - 1 : sentence.end;
    let s = start;
    while (s < end && /\s/u.test(text[s]!)) s++;
    return { start: s, end, text: text.slice(s, end) };
  });
  return clauses.filter((c) => FUNDING.test(c.text) && money.some((m) => m.start >= c.start && m.end <= c.end));
}
