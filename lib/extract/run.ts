/**
 * Extraction in steps: the text is read a chunk at a time, then its sentences are read for
 * commitments a batch at a time, so that a caller can stop between steps or let other work run.
 * `extract` takes every step at once; `extractWithin` (index.ts) stops at a time budget.
 */
import { MAX_QUOTE_LENGTH } from "../sources/quotes";
import { commitmentReader } from "./commitments";
import { extractDates } from "./dates";
import { compiled, extractEntities, type CompiledGazetteer } from "./entities";
import { proposeNames } from "./names";
import { detectLanguage } from "./language";
import { extractMoney } from "./money";
import { readOccasions } from "./occasions";
import { extractQuantities } from "./quantities";
import { splitSentences } from "./sentences";
import { pickLongest } from "./spans";
import type {
  CommitmentSuggestion,
  DateSuggestion,
  DocumentSuggestion,
  EntitySuggestion,
  EventSuggestion,
  ExtractOptions,
  Extraction,
  GazetteerEntry,
  Language,
  MoneySuggestion,
  ProposedEntity,
  QuantitySuggestion,
  Span,
} from "./types";

// Characters read per step: a few milliseconds of work even on the worst text the patterns meet
// (runs of number words), and long enough that few suggestions fall on a boundary.
const CHUNK = 8_000;
// A chunk is searched with this much of the text either side, so that lookbehinds ("in 2019",
// at most ~20 characters back) and lookaheads see what they would in the whole text.
const CONTEXT = 64;
// Sentences read for commitments per step.
const SENTENCES_PER_STEP = 100;

/**
 * Where chunks end: at the last sentence start before CHUNK characters, so that only a suggestion
 * spanning two sentences can be cut; a longer stretch with none (one "sentence" of 200,000
 * spaces) is cut after a space, or anywhere but inside a surrogate pair when it has none.
 */
export function chunkEnds(text: string, sentences: readonly Span[]): number[] {
  const ends: number[] = [];
  let from = 0;
  let lastStart = 0;
  for (const stop of [...sentences.map((s) => s.start), text.length]) {
    while (stop - from > CHUNK) {
      from = lastStart > from ? lastStart : cutNear(text, from + CHUNK, from + CHUNK / 2);
      ends.push(from);
    }
    lastStart = stop;
  }
  if (from < text.length || ends.length === 0) ends.push(text.length);
  return ends;
}

function cutNear(text: string, limit: number, floor: number): number {
  for (let at = limit; at > floor; at--) if (/\s/u.test(text[at - 1]!)) return at;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** An international body's code by "type:id": it names a side of a commitment ("EU"). */
function bodyCodes(gazetteer: readonly GazetteerEntry[]): Map<string, string> {
  return new Map(gazetteer.flatMap((e) => (e.body ? [[`${e.type}:${e.id}`, e.body.code] as const] : [])));
}

type Found = DateSuggestion | MoneySuggestion | QuantitySuggestion | EntitySuggestion | ProposedEntity;

/** The suggestions found in `window` that lie wholly in [start, end), moved to offsets of the whole text. */
function inside<T extends Found>(found: T[], offset: number, start: number, end: number): T[] {
  const out: T[] = [];
  for (const s of found) {
    const from = s.start + offset;
    const to = s.end + offset;
    if (from >= start && to <= end) out.push({ ...s, start: from, end: to });
  }
  return out;
}

export class ExtractionRun {
  readonly language: Language;
  readonly sentences: Span[];
  /** Offset up to which the text has been read for dates, amounts, quantities and names. */
  readTo = 0;
  private readonly text: string;
  private readonly options: ExtractOptions;
  private readonly ends: number[];
  private readonly gazetteer: CompiledGazetteer;
  private chunk = 0;
  private stopped = false;
  private readonly dates: DateSuggestion[] = [];
  private readonly money: MoneySuggestion[] = [];
  private readonly quantities: QuantitySuggestion[] = [];
  private readonly entities: EntitySuggestion[] = [];
  private readonly proposed: ProposedEntity[] = [];
  private readonly commitments: CommitmentSuggestion[] = [];
  private occasions: { events: EventSuggestion[]; documents: DocumentSuggestion[] } | null = null;
  private read: ((sentence: Span) => CommitmentSuggestion[]) | null = null;
  private sentence = 0;

  constructor(text: string, options: ExtractOptions = {}) {
    this.text = text;
    this.options = options;
    // Both are single linear passes over the text, and the chunks depend on the sentences.
    this.language = options.language ?? detectLanguage(text);
    this.sentences = splitSentences(text);
    this.ends = chunkEnds(text, this.sentences);
    this.gazetteer = compiled(options.gazetteer ?? []);
  }

  /** Stops reading new text; the commitments of what was read are still found by the next steps. */
  stop(): void {
    this.stopped = true;
  }

  /** Takes one step; false once there is nothing left to do. */
  step(): boolean {
    if (!this.stopped && this.chunk < this.ends.length) {
      this.readChunk(this.chunk === 0 ? 0 : this.ends[this.chunk - 1]!, this.ends[this.chunk]!);
      this.chunk++;
      return true;
    }
    // The article's sides are the countries it names most, so commitments wait for every name read.
    this.read ??= commitmentReader({
      text: this.text,
      language: this.language,
      entities: this.entities,
      dates: this.dates,
      money: this.money,
      quantities: this.quantities,
      countries: this.gazetteer.countries,
      bodies: bodyCodes(this.options.gazetteer ?? []),
    });
    const stop = Math.min(this.sentences.length, this.sentence + SENTENCES_PER_STEP);
    for (; this.sentence < stop; this.sentence++) {
      const sentence = this.sentences[this.sentence]!;
      if (sentence.end > this.readTo) {
        this.sentence = this.sentences.length;
        break;
      }
      this.commitments.push(...this.read(sentence));
    }
    if (this.sentence < this.sentences.length) return true;
    // Occasions are read once every sentence has been: mentions of one event are merged article-wide.
    this.occasions ??= this.readOccasions();
    return false;
  }

  private readOccasions(): { events: EventSuggestion[]; documents: DocumentSuggestion[] } {
    const codes = new Map<string, string>();
    for (const e of this.options.gazetteer ?? []) {
      const code = e.country ?? e.body?.code ?? (e.type === "country" ? e.id : undefined);
      if (code) codes.set(`${e.type}:${e.id}`, code.length === 2 ? code.toUpperCase() : code);
    }
    return readOccasions({
      text: this.text,
      language: this.language,
      published: this.options.published ?? null,
      // A sentence too long to quote cannot be an event's or a document's evidence, and reading
      // one (200,000 spaces) with every trigger held the server for tens of milliseconds.
      sentences: this.sentences.filter((s) => s.end <= this.readTo && s.text.length <= MAX_QUOTE_LENGTH),
      entities: this.entities,
      dates: this.dates,
      money: this.money,
      codeOf: (entity) => codes.get(`${entity.type}:${entity.id}`),
    });
  }

  private readChunk(start: number, end: number): void {
    const offset = Math.max(0, start - CONTEXT);
    const window = this.text.slice(offset, Math.min(this.text.length, end + CONTEXT));
    const dates = extractDates(window, this.language, this.options.published);
    const money = extractMoney(window, this.language);
    // A number already read as part of a date or an amount is not also a quantity ("5 million USD").
    const taken = pickLongest([...dates, ...money]);
    this.dates.push(...inside(dates, offset, start, end));
    this.money.push(...inside(money, offset, start, end));
    this.quantities.push(...inside(extractQuantities(window, this.language, taken), offset, start, end));
    const known = extractEntities(window, this.gazetteer);
    this.entities.push(...inside(known, offset, start, end));
    this.proposed.push(...inside(proposeNames(window, known), offset, start, end));
    this.readTo = end;
  }

  /** What was found; `stoppedAt` is set when reading stopped before the end of the text. */
  result(): Extraction {
    const { language, sentences, dates, money, quantities, entities, proposed, commitments } = this;
    const { events, documents } = this.occasions ?? { events: [], documents: [] };
    return {
      language,
      sentences,
      dates,
      money,
      quantities,
      entities,
      proposed,
      commitments,
      events,
      documents,
      ...(this.readTo < this.text.length ? { stoppedAt: this.readTo } : {}),
    };
  }
}
