import type { z } from "zod";
import { fromColumns } from "../dates/partial-date";
import { storedTitles } from "../records/titles";
import { signatoryRole, type documentJsonSchema } from "./schema";
import { citationJson, commitmentRef, dateJson, ref } from "../commitments/serialize";
import type { DocumentRow } from "./rows";

/** The public JSON of a document (API v1 and the pages share it). */
export function toDocumentJson(row: DocumentRow): DocumentJson {
  const participants = row.signatories.map((s) => ({
    role: signatoryRole(s.role),
    person: ref(s.person),
    position: s.position?.title ?? null,
    positionId: s.position?.id ?? null,
    organization: ref(s.organization),
  }));
  const titles = storedTitles(row);
  return {
    id: row.id,
    title: row.title,
    titleEn: titles.en,
    titleFr: titles.fr,
    kind: row.kind,
    description: row.description,
    status: row.status,
    signed: dateJson(fromColumns(row.signedDate, row.signedPrecision)),
    validFrom: dateJson(fromColumns(row.validFrom, row.validFromPrecision)),
    validTo: dateJson(fromColumns(row.validTo, row.validToPrecision)),
    event: row.event ? { id: row.event.id, title: row.event.title } : null,
    parties: row.parties.map((p) => ({ country: p.countryCode, organization: ref(p.organization) })),
    signatories: participants.filter((p) => p.role === "signatory"),
    participants,
    commitments: row.commitments.map(commitmentRef),
    citations: row.citations.map(citationJson),
    version: row.version,
  };
}

export type DocumentJson = z.infer<typeof documentJsonSchema>;
