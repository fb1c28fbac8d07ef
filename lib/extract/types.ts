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
  /** The name in French, when it differs: shown for French articles. */
  nameFr?: string;
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

/**
 * A name Pact does not know yet, read from its context ("Deputy Minister X", "Ministry of …",
 * "… (ACR)"), or a further mention of one (its acronym, a surname, "Mr X").
 */
export interface ProposedEntity extends Span {
  kind: "proposed";
  /** "country" only for a mention that names a known country (an acronym defined for it). */
  type: EntityType;
  /** The name without honorifics: the same for every mention of one entity. */
  name: string;
  /** ISO 3166-1 alpha-2, from a country or a demonym in the title or the name. */
  country?: string;
  /** The title the text gives ("Deputy Minister of Education"). */
  position?: string;
  /** A known record this name is a near miss of (edit distance 1–2). */
  probably?: { type: EntityType; id: string };
  /** A mention that names a known record after all: an acronym defined for it, a longer style. */
  known?: { type: EntityType; id: string };
}

export type CommitmentKind = "pledge" | "request" | "proposal" | "agreement" | "intent" | "signing";

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
  /** Both sides commit alike ("the two sides agreed", "A and B pledged"): `from` and `to` are the parties. */
  mutual?: true;
  /** The date that bounds the commitment ("by 2020", "in the 2014-2020 period"), not the meeting's. */
  target?: DateSuggestion;
  dates: DateSuggestion[];
  money: MoneySuggestion[];
  quantities: QuantitySuggestion[];
}

/** What an occasion is, as lib/events/schema.ts EVENT_KINDS names it. */
export type EventKind =
  "visit" | "meeting" | "reception" | "talks" | "signing_ceremony" | "joint_committee" | "conference" | "other";

export type ParticipantRole = "host" | "visitor" | "co-chair" | "delegation_head" | "participant" | "witness";

/** A visit, meeting, ceremony… the article reports or refers to; its span is the clause that states it best. */
export interface EventSuggestion extends Span {
  kind: "event";
  eventKind: EventKind;
  title: string;
  /** The word or phrase that named the occasion ("paid an official visit", "a reçu"). */
  trigger: Span;
  date?: PartialDate;
  /** Last day, when the text gives one or a length ("a three-day visit"). */
  endDate?: PartialDate;
  /** Where the date came from: the text, the publication date, or another event of the article. */
  dateFrom?: "text" | "publication" | "event";
  place?: string;
  /** Country or body codes; both absent for a virtual meeting. */
  host?: string;
  visitor?: string;
  virtual?: true;
  participants: { name: string; role: ParticipantRole }[];
}

/** What a signed instrument is, as lib/documents/schema.ts DOCUMENT_KINDS names it. */
export type DocumentKind =
  "mou" | "agreement" | "treaty" | "joint_statement" | "action_programme" | "cooperation_plan" | "other";

/** An instrument named as signed, exchanged or to be signed; a set summarised by its count is one `other`. */
export interface DocumentSuggestion extends Span {
  kind: "document";
  documentKind: DocumentKind;
  title: string;
  /** Absent when the text gives no date, and for an instrument still to be signed (`pending`). */
  signed?: PartialDate;
  pending?: true;
  parties: string[];
  signatories: { name: string; for?: string }[];
  /** Index in `Extraction.events` of the occasion it was signed at. */
  event?: number;
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
  /** Names proposed from their context, kept apart from `entities` (which commitments read). */
  proposed?: ProposedEntity[];
  commitments: CommitmentSuggestion[];
  events: EventSuggestion[];
  documents: DocumentSuggestion[];
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
