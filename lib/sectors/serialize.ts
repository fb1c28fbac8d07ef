import type { SectorCountRow } from "./rows";
import type { SectorJson } from "./schema";

/** The public JSON of a sector: its names, its DAC code and how many commitments it files. */
export function toSectorJson(row: SectorCountRow): SectorJson {
  return {
    code: row.code,
    name: row.name,
    nameFr: row.nameFr,
    dacCode: row.dacCode,
    commitments: row._count.commitments,
  };
}
