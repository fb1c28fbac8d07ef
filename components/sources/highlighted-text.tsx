import Link from "next/link";
import { withAsOf } from "@/lib/as-of/url";
import { segmentSpans, toParagraphs, type Piece } from "@/lib/sources/highlight";
import { numberRecords, type CitedRecord } from "@/lib/sources/records";
import type { SourceText } from "@/lib/sources/queries";

/** The anchor of a record's first note in a text, for "show in the text" links. */
export const noteId = (prefix: string, n: number) => `${prefix}-note-${n}`;

function NoteLink({ record, n, id, asOf }: { record: CitedRecord; n: number; id?: string; asOf?: string }) {
  // The visible number starts the accessible name (voice control users say what they see);
  // the rest says where the link leads. The UI speaks English whatever the source's language.
  return (
    // A long text holds hundreds of these: prefetching each record's page would cost more than it saves.
    <Link
      prefetch={false}
      id={id}
      href={withAsOf(record.href, asOf)}
      lang="en"
      title={record.label}
      className="mx-px inline-flex h-6 min-w-6 scroll-mt-24 items-center justify-center rounded border border-line bg-white px-1 align-middle font-sans text-xs font-semibold text-accent no-underline hover:border-accent hover:underline"
    >
      {n}
      <span className="sr-only"> — {record.label}</span>
    </Link>
  );
}

type Numbered = ReadonlyMap<string, number>;

function Highlight({
  text,
  piece,
  numbers,
  prefix,
  firstNotes,
  anchors,
  asOf,
}: {
  text: string;
  piece: Piece<CitedRecord>;
  numbers: Numbered;
  prefix: string;
  firstNotes: ReadonlySet<string>;
  anchors: readonly string[];
  asOf?: string;
}) {
  const slice = text.slice(piece.start, piece.end);
  // Quotes shown on record pages link to "#citation-<id>": the span where each citation starts.
  const targets = anchors.map((id) => <span key={id} id={`citation-${id}`} className="scroll-mt-24" />);
  if (!piece.covering.length)
    return (
      <>
        {targets}
        {slice}
      </>
    );
  // Where several citations overlap the tone deepens; both tones keep ink text above 12:1.
  const tone = piece.covering.length > 1 ? "bg-amber-200" : "bg-amber-100";
  const title =
    piece.covering.length > 1
      ? `Supports ${piece.covering.length} records: ${piece.covering.map((r) => r.label).join("; ")}`
      : undefined;
  return (
    <>
      {targets}
      <mark className={`${tone} rounded-sm text-ink`} title={title}>
        {slice}
      </mark>
      {piece.ending.map((record) => {
        const n = numbers.get(record.key)!;
        const first = firstNotes.has(`${piece.start}:${record.key}`);
        return (
          <NoteLink key={record.key} record={record} n={n} id={first ? noteId(prefix, n) : undefined} asOf={asOf} />
        );
      })}
    </>
  );
}

/**
 * A source's full text in its language, paragraphs kept, every cited span highlighted. Each
 * citation ends with numbered links to the records it supports, footnote-style, so overlapping
 * citations give one link per record rather than one per fragment of text. Text is rendered as
 * React text nodes: never as HTML.
 */
export function HighlightedText({
  source,
  prefix,
  numbers: shared,
  asOf,
}: {
  source: Pick<SourceText, "fullText" | "language" | "citations">;
  prefix: string;
  /** Numbers shared with texts shown beside this one (see numberRecordsAcross). */
  numbers?: ReadonlyMap<string, number>;
  asOf?: string;
}) {
  const text = source.fullText;
  const numbers: Numbered = shared ?? new Map(numberRecords(source.citations).map(({ record, n }) => [record.key, n]));
  const spans = source.citations.map((c) => ({ start: c.start, end: c.end, ref: c.record }));
  const paragraphs = toParagraphs(text, segmentSpans(text.length, spans));
  const anchorsAt = new Map<number, string[]>();
  for (const c of source.citations) anchorsAt.set(c.start, [...(anchorsAt.get(c.start) ?? []), c.id]);
  // The first note of each record gets the anchor the list below links to.
  const firstNotes = new Set<string>();
  const noted = new Set<string>();
  for (const piece of paragraphs.flatMap((p) => p.pieces)) {
    for (const record of piece.ending) {
      if (noted.has(record.key)) continue;
      noted.add(record.key);
      firstNotes.add(`${piece.start}:${record.key}`);
    }
  }
  return (
    <div lang={source.language} className="space-y-4 font-serif text-[1.05rem] leading-8">
      {paragraphs.map((p) => (
        <p key={p.start} className="whitespace-pre-line">
          {p.pieces.map((piece) => (
            <Highlight
              key={piece.start}
              text={text}
              piece={piece}
              numbers={numbers}
              prefix={prefix}
              firstNotes={firstNotes}
              anchors={anchorsAt.get(piece.start) ?? []}
              asOf={asOf}
            />
          ))}
        </p>
      ))}
    </div>
  );
}
