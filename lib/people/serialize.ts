import type { z } from "zod";
import { fromColumns } from "../dates/partial-date";
import type { personDetailJsonSchema, personJsonSchema } from "./schema";
import { givenAndReceivedJson, dateJson } from "../commitments/serialize";
import type { PersonDetailRow, PersonRow } from "./rows";

/** The public JSON of a person in a list. */
export function toPersonJson(row: PersonRow): PersonJson {
  return {
    id: row.id,
    name: row.name,
    country: row.countryCode,
    version: row.version,
    aliases: row.aliases.map((a) => a.alias),
    positions: row.positions.map((p) => ({
      id: p.id,
      title: p.title,
      titleFr: p.titleFr,
      organization: p.organization ? { id: p.organization.id, name: p.organization.name } : null,
      from: dateJson(fromColumns(p.fromDate, p.fromPrecision)),
      to: dateJson(fromColumns(p.toDate, p.toPrecision)),
    })),
  };
}

/** The public JSON of one person, with their commitments and events. */
export function toPersonDetailJson(row: PersonDetailRow): PersonDetailJson {
  return {
    ...toPersonJson(row),
    ...givenAndReceivedJson(row.commitmentSides),
    events: row.participations.map((p) => ({ id: p.event.id, title: p.event.title, role: p.role })),
  };
}

export type PersonJson = z.infer<typeof personJsonSchema>;
export type PersonDetailJson = z.infer<typeof personDetailJsonSchema>;
