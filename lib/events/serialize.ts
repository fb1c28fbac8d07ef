import type { z } from "zod";
import { fromColumns } from "../dates/partial-date";
import type { eventJsonSchema } from "./schema";
import { citationJson, commitmentRef, dateJson, ref } from "../commitments/serialize";
import type { EventRow } from "./rows";
import { storedTitles } from "../records/titles";

/** The public JSON of an event (API v1 and the pages share it). */
export function toEventJson(row: EventRow): EventJson {
  const titles = storedTitles(row);
  return {
    id: row.id,
    title: row.title,
    titleEn: titles.en,
    titleFr: titles.fr,
    kind: row.kind,
    description: row.description,
    parentId: row.parentId,
    parent: row.parent ? { id: row.parent.id, title: row.parent.title } : null,
    start: dateJson(fromColumns(row.startDate, row.startPrecision)),
    end: dateJson(fromColumns(row.endDate, row.endPrecision)),
    location: row.location,
    hostCountry: row.hostCountryCode,
    visitingCountry: row.visitingCountryCode,
    children: row.children.map((c) => ({
      id: c.id,
      title: c.title,
      start: dateJson(fromColumns(c.startDate, c.startPrecision)),
    })),
    participants: row.participants.map((p) => ({
      role: p.role,
      person: ref(p.person),
      organization: ref(p.organization),
      country: p.countryCode,
    })),
    commitments: row.commitments.map(commitmentRef),
    documents: row.documents.map((d) => ({ id: d.id, title: d.title, kind: d.kind })),
    documentsSigned: row.documentsSigned,
    documentsRecorded: row._count.documents + row.children.reduce((n, c) => n + c._count.documents, 0),
    citations: row.citations.map(citationJson),
    flags: row.flags.map((f) => ({ id: f.id, kind: f.kind, field: f.field, message: f.message })),
    version: row.version,
  };
}

export type EventJson = z.infer<typeof eventJsonSchema>;
