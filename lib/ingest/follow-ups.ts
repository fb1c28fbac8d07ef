import "server-only";
import { prisma } from "../db/client";
import type { Extraction, GazetteerEntry } from "../extract";
import {
  matchFollowUps,
  type CandidateCommitment,
  type FollowUpMatch,
  type SentenceContext,
} from "../extract/follow-up-match";
import { findProgress } from "../extract/progress";
import { minorToDecimal } from "../money/money";
import { checkTransition, isStatus, OPEN_STATUSES } from "../status/rules";

// The commitments read for one article at most. The countries an article names narrow 100,000
// commitments to those of its pair; a pair with more open ones than this is read newest first.
export const MAX_CANDIDATES = 5_000;
// Progress sentences matched per article: a real one has a handful; a pasted list of thousands
// would cost the server candidates × sentences comparisons.
const MAX_FINDINGS = 200;
// The countries an article names most: its pair, and a third it may also concern.
const TOP_COUNTRIES = 3;

/** The countries an entity stands for: its own code for a country, its country for a person or body. */
function countryIndex(gazetteer: readonly GazetteerEntry[]) {
  const byKey = new Map(gazetteer.map((e) => [`${e.type}:${e.id}`, e.country]));
  return (type: string, id: string) => byKey.get(`${type}:${id}`);
}

/**
 * The open commitments between the article's most named countries: a side in the first, and one
 * in another when it names more than one. Read through the CommitmentSide (countryCode, role,
 * commitmentId) index, with only the columns the matcher uses.
 */
export async function followUpCandidates(countries: readonly string[]): Promise<CandidateCommitment[]> {
  const [first, ...rest] = countries;
  if (!first) return [];
  const [rows, sectors] = await Promise.all([
    prisma.commitment.findMany({
      where: {
        status: { in: [...OPEN_STATUSES] },
        AND: [
          { sides: { some: { countryCode: first } } },
          ...(rest.length ? [{ sides: { some: { countryCode: { in: rest } } } }] : []),
        ],
      },
      select: {
        id: true,
        title: true,
        titleEn: true,
        titleFr: true,
        status: true,
        version: true,
        amountMinor: true,
        amountCurrency: true,
        sides: { select: { countryCode: true } },
        sectors: { select: { sectorCode: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: MAX_CANDIDATES,
    }),
    prisma.sector.findMany({ select: { code: true, name: true, nameFr: true } }),
  ]);
  const sectorWords = new Map(
    sectors.map((s) => [s.code, [s.name, s.nameFr, s.code.replaceAll("_", " ")].filter((w): w is string => !!w)]),
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    titles: [...new Set([r.title, r.titleEn, r.titleFr].filter((t): t is string => !!t))],
    status: r.status,
    version: r.version,
    countries: [...new Set(r.sides.map((s) => s.countryCode).filter((c): c is string => !!c))],
    sectorWords: r.sectors.flatMap((s) => sectorWords.get(s.sectorCode) ?? []),
    amount:
      r.amountMinor !== null && r.amountCurrency
        ? { value: minorToDecimal(r.amountMinor, r.amountCurrency), currency: r.amountCurrency }
        : null,
  }));
}

/** An editor may make the move: open statuses move freely, closed ones only reopen by an admin. */
const editorMayMove = (from: string, to: string) =>
  isStatus(from) && isStatus(to) && checkTransition(from, to, { isAdmin: false }).ok;

/**
 * The status changes an article suggests on commitments Pact already holds: its progress sentences
 * (lib/extract/progress.ts), matched against the open commitments of its countries. No query at
 * all when no sentence reports progress, which is most articles.
 */
export async function followUpsFor(
  text: string,
  extraction: Extraction,
  published: string | null | undefined,
  gazetteer: readonly GazetteerEntry[],
): Promise<FollowUpMatch[]> {
  const findings = findProgress(text, extraction, published);
  if (findings.length === 0) return [];
  const countryOf = countryIndex(gazetteer);
  const mentions = new Map<string, number>();
  const located = extraction.entities.flatMap((e) => {
    const code = countryOf(e.type, e.id);
    if (code) mentions.set(code, (mentions.get(code) ?? 0) + 1);
    return code ? [{ start: e.start, code }] : [];
  });
  const top = [...mentions.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP_COUNTRIES);
  const articleCountries = new Set(top.map(([code]) => code));
  const candidates = await followUpCandidates([...articleCountries]);
  if (candidates.length === 0) return [];
  const sentences = extraction.sentences;
  const indexOf = new Map(sentences.map((s, i) => [s.start, i]));
  // Findings, names and amounts are all in text order: one walk pairs them.
  let l = 0;
  let m = 0;
  const withContext = findings.slice(0, MAX_FINDINGS).map((finding) => {
    const index = indexOf.get(finding.start) ?? 0;
    while (l < located.length && located[l]!.start < finding.start) l++;
    while (m < extraction.money.length && extraction.money[m]!.start < finding.start) m++;
    const countries = new Set<string>();
    for (let k = l; k < located.length && located[k]!.start < finding.end; k++) countries.add(located[k]!.code);
    const money = [];
    for (let k = m; k < extraction.money.length && extraction.money[k]!.end <= finding.end; k++)
      money.push(extraction.money[k]!);
    const context: SentenceContext = {
      countries,
      articleCountries,
      money,
      previous: index > 0 ? sentences[index - 1]!.text : null,
    };
    return { finding, context };
  });
  return matchFollowUps(withContext, candidates, editorMayMove);
}
