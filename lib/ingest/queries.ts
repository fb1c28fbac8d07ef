import "server-only";
import { cache } from "react";
import { z } from "zod";
import { prisma } from "../db/client";
import { extractWithin, type GazetteerEntry } from "../extract";
import { compiled } from "../extract/entities";
import { statusChangesJson, toExtractionJson } from "../extract/contract";
import type { FollowUpMatch } from "../extract/follow-up-match";
import type { ExtractRequest, ExtractionJson } from "../extract/schema";
import { followUpsFor } from "./follow-ups";

/**
 * How long the assistant may read one text (PACT_EXTRACT_BUDGET_MS, default 3 s): an ordinary
 * article takes well under a second, and a text built to be slow stops with partial results
 * instead of taking the server's time. Reading gives way to other requests every few
 * milliseconds in any case (see extractWithin), so the budget bounds cost, not waiting.
 */
export const EXTRACT_BUDGET_MS = z.coerce
  .number()
  .int()
  .min(1)
  .max(60_000)
  .catch(3_000)
  .parse(process.env.PACT_EXTRACT_BUDGET_MS ?? 3_000);

/** A body's short code, as articles and sides name it: its shortest all-capitals alias ("EU", "ASEAN"). */
function bodyCode(name: string, aliases: readonly { alias: string }[]): string {
  const acronyms = aliases.map((a) => a.alias).filter((a) => /^[A-Z]{2,8}$/.test(a));
  return acronyms.sort((a, b) => a.length - b.length)[0] ?? name;
}

/**
 * Every country, person and organization Pact knows, with every name it goes by (English, French,
 * aliases), for the assistant to recognise them in an article.
 */
export const gazetteer = cache(async (): Promise<GazetteerEntry[]> => {
  const [countries, people, organizations] = await Promise.all([
    prisma.country.findMany({ select: { code: true, name: true, nameFr: true } }),
    prisma.person.findMany({
      select: { id: true, name: true, countryCode: true, aliases: { select: { alias: true } } },
    }),
    prisma.organization.findMany({
      select: {
        id: true,
        name: true,
        nameFr: true,
        scope: true,
        countryCode: true,
        aliases: { select: { alias: true } },
      },
    }),
  ]);
  const names = (...list: (string | null | undefined)[]) => [...new Set(list.filter((n): n is string => Boolean(n)))];
  return [
    ...countries.map((c) => ({
      type: "country" as const,
      id: c.code,
      country: c.code,
      names: names(c.name, c.nameFr),
      ...(c.nameFr ? { nameFr: c.nameFr } : {}),
    })),
    ...people.map((p) => ({
      type: "person" as const,
      id: p.id,
      country: p.countryCode ?? undefined,
      names: names(p.name, ...p.aliases.map((a) => a.alias)),
    })),
    ...organizations.map((o) => ({
      type: "organization" as const,
      id: o.id,
      country: o.countryCode ?? undefined,
      names: names(o.name, o.nameFr, ...o.aliases.map((a) => a.alias)),
      ...(o.nameFr ? { nameFr: o.nameFr } : {}),
      ...(o.scope === "international" ? { body: { code: bodyCode(o.name, o.aliases) } } : {}),
    })),
  ];
});

export interface SourceSuggestions {
  source: { id: string; title: string; language: string; published: string | null; fullText: string };
  /** In the contract's shapes, as POST /api/v1/extract answers; `stoppedAt` is set when reading stopped at the time budget. */
  extraction: ExtractionJson;
  budgetMs: number;
  /** Progress the text reports on commitments Pact holds, best match first. */
  statusChanges: FollowUpMatch[];
}

/** What the assistant finds in a stored source. */
export async function suggestionsFor(sourceId: string): Promise<SourceSuggestions | null> {
  const [source, entries] = await Promise.all([
    prisma.source.findUnique({
      where: { id: sourceId },
      select: { id: true, title: true, language: true, publishedDate: true, publishedPrecision: true, fullText: true },
    }),
    gazetteer(),
  ]);
  if (!source) return null;
  const published =
    source.publishedDate && source.publishedPrecision
      ? source.publishedDate.slice(
          0,
          source.publishedPrecision === "year" ? 4 : source.publishedPrecision === "month" ? 7 : 10,
        )
      : null;
  const language = source.language === "en" || source.language === "fr" ? source.language : undefined;
  const extraction = await extractWithin(
    source.fullText,
    { published, gazetteer: entries, language },
    { budgetMs: EXTRACT_BUDGET_MS },
  );
  const statusChanges = await followUpsFor(source.fullText, extraction, published, entries);
  return {
    source: { id: source.id, title: source.title, language: source.language, published, fullText: source.fullText },
    // The same function as the API's: the page shows what a caller of /api/v1/extract receives.
    extraction: toExtractionJson(extraction, entries),
    budgetMs: EXTRACT_BUDGET_MS,
    statusChanges,
  };
}

/** POST /api/v1/extract: the suggestions for a text sent, within the time budget. */
export async function extractForApi(request: ExtractRequest): Promise<ExtractionJson> {
  const entries = await gazetteer();
  const extraction = await extractWithin(
    request.text,
    { published: request.published, gazetteer: entries, ...(request.language ? { language: request.language } : {}) },
    { budgetMs: EXTRACT_BUDGET_MS },
  );
  const followUps = await followUpsFor(request.text, extraction, request.published, entries);
  return { ...toExtractionJson(extraction, entries), statusChanges: statusChangesJson(followUps) };
}

/**
 * Builds the countries' names (lib/extract/entities.ts) before the first article is read: over a
 * second of work that would otherwise hold that first request, and every other with it.
 */
export async function warmExtraction(): Promise<void> {
  compiled(await gazetteer());
}
