/**
 * The shapes the extraction assistant returns. Every suggestion carries UTF-16 offsets into the text
 * it was given, so `text.slice(start, end) === suggestion.text` always holds: the editor's UI can
 * highlight it and turn it into a citation without searching again.
 */
import type { PartialDate } from "../dates/partial-date";

export type Language = "en" | "fr" | "und";

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = "country" | "person" | "organization";

/** One known entity, as the caller builds it from the database (names, French names, aliases). */
export interface GazetteerEntry {
  type: EntityType;
  id: string;
  names: string[];
  /**
   * ISO 3166-1 alpha-2 code of the entity's country (a country's own code for a country). Optional,
   * but without it a commitment's direction can name the entity only, not its side.
   */
  country?: string;
  /** An international body (no single country): its short code names a side ("EU", "ASEAN"). */
  body?: { code: string };
}

export interface DateRange {
  start: PartialDate;
  end: PartialDate;
}

export interface DateSuggestion extends Span {
  kind: "date";
  value: PartialDate | DateRange;
  /** The text gave no year; it was taken from the publication date. */
  inferredYear?: true;
  /** With the inferred year the date begins after the article was published: worth a look. */
  afterPublication?: true;
  /** Resolved from the publication date or an earlier date ("yesterday", "last June", "the same day"). */
  relative?: true;
}

export interface MoneySuggestion extends Span {
  kind: "money";
  /** Decimal string, never a float: "5000000", "1500000", "550000.5". */
  value: string;
  /** ISO 4217. */
  currency: string;
  /** "$" or "dollars" alone: read as USD, but the text does not say which dollar. */
  currencyInferred?: true;
  /** The words before bound it ("more than", "environ", "up to"); exact when absent. */
  qualifier?: "at_least" | "about" | "up_to";
}

export interface QuantitySuggestion extends Span {
  kind: "quantity";
  /** The value before a change ("from 15 …"), when the text gives one. */
  baseline?: string;
  /** The value reached; absent for an increment the text gives alone ("increase by 500 MW"). */
  target?: string;
  /** The change: target − baseline, or the increment itself ("by 500 MW", "an additional 20"). */
  delta?: string;
  /** Canonical for known units ("minutes per day", "MW", "percent"), else the counted noun ("provinces"). */
  unit: string;
  atLeast: boolean;
}

export interface EntitySuggestion extends Span {
  kind: "entity";
  type: EntityType;
  id: string;
  /** Other entries that share this exact name; the first one is `id`. */
  alternatives?: { type: EntityType; id: string }[];
  /** Matched through a country adjective ("Vietnamese", "cambodgien"), not a name. */
  demonym?: true;
}

export type CommitmentKind = "pledge" | "request" | "proposal" | "agreement" | "signing";

/** One side of a commitment: the country when known, and the entity that named it when there is one. */
export interface Side {
  country?: string;
  entityType?: EntityType;
  entityId?: string;
}

export interface CommitmentSuggestion extends Span {
  kind: "commitment";
  commitmentKind: CommitmentKind;
  /** The verb or construction that made this a commitment ("pledged", "a appelé"). */
  trigger: Span;
  /**
   * Follows prisma/seed/dataset.json: `from` is the side that makes the statement (who pledges,
   * proposes or asks), `to` the side it is addressed to. For agreements and signings, the two parties.
   */
  direction?: { from?: Side; to?: Side };
  /** An excerpt of the sentence to start the record's title from (the object of the verb). */
  title?: Span;
  dates: DateSuggestion[];
  money: MoneySuggestion[];
  quantities: QuantitySuggestion[];
}

export type Suggestion =
  DateSuggestion | MoneySuggestion | QuantitySuggestion | EntitySuggestion | CommitmentSuggestion;

export interface Extraction {
  language: Language;
  sentences: Span[];
  dates: DateSuggestion[];
  money: MoneySuggestion[];
  quantities: QuantitySuggestion[];
  entities: EntitySuggestion[];
  commitments: CommitmentSuggestion[];
  /**
   * Set when reading stopped at the time budget (see extractWithin): every suggestion lies before
   * this offset, and the text after it was not read. `sentences` still covers the whole text.
   */
  stoppedAt?: number;
}

export interface ExtractOptions {
  /** Publication date, possibly partial ("2019", "2019-03", "2019-03-14"); supplies missing years. */
  published?: string | null;
  gazetteer?: readonly GazetteerEntry[];
  /** Skips detection when the source's language is already known. */
  language?: Language;
}

export function isDateRange(value: PartialDate | DateRange): value is DateRange {
  return "start" in value;
}
