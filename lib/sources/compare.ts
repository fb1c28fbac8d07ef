import type { CitedRecord, Subject } from "./records";
import { hrefOf, subjectLabel } from "./records";

/**
 * What two (or more) reports of the same event say differently, computed from the records their
 * citations back. Nothing here is written for the seed's two articles: a new pair of sources
 * gets its differences the same way.
 */

export interface ComparedSource {
  id: string;
  title: string;
  language: string;
  /** Every record the source's citations back (duplicates allowed). */
  records: readonly CitedRecord[];
}

/** A flag as loaded for a comparison: the record it concerns and which sources cite it. */
export interface FlagInput {
  id: string;
  kind: string;
  field: string;
  message: string;
  subject: Subject | null;
  citedBy: readonly string[];
}

/** A fact a report gives: the commitment, event or document it supports. */
export interface Fact {
  key: string;
  subject: Subject;
  label: string;
  href: string;
}

export interface FactPresence {
  fact: Fact;
  /** Ids of the compared sources that report it, in the order the sources were given. */
  presentIn: string[];
  missingFrom: string[];
}

export interface FlagDifference {
  id: string;
  field: string;
  message: string;
  subject: Subject | null;
  href: string | null;
  label: string | null;
  citedBy: string[];
}

export interface Comparison {
  /** "the English report", or the language and title when two reports share a language. */
  names: Record<string, string>;
  flags: FlagDifference[];
  onlyInSome: FactPresence[];
  inAll: Fact[];
}

const FACT_ORDER: Record<Subject["type"], number> = { event: 0, document: 1, commitment: 2, organization: 3 };

/** "French" for fr: the UI is in English. An unknown tag is shown as it is. */
export function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** How the page names each report: by its language, which is what sets the reports apart here. */
export function reportNames(
  sources: readonly Pick<ComparedSource, "id" | "title" | "language">[],
): Record<string, string> {
  const perLanguage = new Map<string, number>();
  for (const s of sources) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
  return Object.fromEntries(
    sources.map((s) => {
      const base = `the ${languageName(s.language)} report`;
      return [s.id, perLanguage.get(s.language)! > 1 ? `${base} “${s.title}”` : base];
    }),
  );
}

/**
 * The fact a record stands for. A status change's evidence shows that the report covers its
 * commitment; a flag is not a fact of the report (flags are listed on their own).
 */
function factOf(record: CitedRecord): Fact | null {
  if (record.type === "flag") return null;
  const s = record.subject;
  return { key: `${s.type}:${s.id}`, subject: s, label: subjectLabel(s), href: hrefOf(s) };
}

function byTypeThenTitle(a: Fact, b: Fact): number {
  return (
    FACT_ORDER[a.subject.type] - FACT_ORDER[b.subject.type] || a.subject.title.localeCompare(b.subject.title, "en")
  );
}

export function compareSources(sources: readonly ComparedSource[], flags: readonly FlagInput[]): Comparison {
  const ids = sources.map((s) => s.id);
  const facts = new Map<string, { fact: Fact; in: Set<string> }>();
  for (const source of sources) {
    for (const record of source.records) {
      const fact = factOf(record);
      if (!fact) continue;
      const entry = facts.get(fact.key) ?? { fact, in: new Set<string>() };
      entry.in.add(source.id);
      facts.set(fact.key, entry);
    }
  }

  const onlyInSome: FactPresence[] = [];
  const inAll: Fact[] = [];
  for (const { fact, in: present } of [...facts.values()].sort((a, b) => byTypeThenTitle(a.fact, b.fact))) {
    if (present.size === ids.length) inAll.push(fact);
    else
      onlyInSome.push({
        fact,
        presentIn: ids.filter((id) => present.has(id)),
        missingFrom: ids.filter((id) => !present.has(id)),
      });
  }

  // A "sources differ" flag matters here when it concerns a record one of these reports backs,
  // or when these reports are cited as its evidence.
  const compared = new Set(ids);
  const flagged = [...flags]
    .filter((f) => f.kind === "sources_differ")
    .filter(
      (f) => (f.subject && facts.has(`${f.subject.type}:${f.subject.id}`)) || f.citedBy.some((id) => compared.has(id)),
    )
    .filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i)
    .map((f) => ({
      id: f.id,
      field: f.field,
      message: f.message,
      subject: f.subject,
      href: f.subject ? hrefOf(f.subject) : null,
      label: f.subject ? subjectLabel(f.subject) : null,
      citedBy: ids.filter((id) => f.citedBy.includes(id)),
    }));

  return { names: reportNames(sources), flags: flagged, onlyInSome, inAll };
}
