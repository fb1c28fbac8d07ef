import type { Prisma } from "../db/generated/client";
import { fromColumns, periodEndExclusive, type PartialDate } from "../dates/partial-date";

/** What a record needs to name someone by their office: "Minister of … (Vietnam)". */
export const positionLabelSelect = {
  id: true,
  title: true,
  fromDate: true,
  fromPrecision: true,
  toDate: true,
  toPrecision: true,
  organization: { select: { id: true, name: true, country: { select: { name: true } } } },
} satisfies Prisma.PositionSelect;

export const positionOrder = [
  { fromDate: { sort: "asc", nulls: "last" } },
  { id: "asc" },
] satisfies Prisma.PositionOrderByWithRelationInput[];

type PositionRow = Prisma.PositionGetPayload<{ select: typeof positionLabelSelect }>;

export interface PositionView {
  id: string;
  title: string;
  label: string;
  organization: { id: string; name: string } | null;
  from: PartialDate | null;
  to: PartialDate | null;
}

/**
 * "Minister of Information and Communications (Vietnam)": the country comes from the
 * organization, or the person; it is left out when the title already names it
 * ("Prime Minister of Cambodia").
 */
export function positionView(row: PositionRow, personCountry?: string | null): PositionView {
  const country = row.organization?.country?.name ?? personCountry ?? null;
  const label = country && !row.title.includes(country) ? `${row.title} (${country})` : row.title;
  return {
    id: row.id,
    title: row.title,
    label,
    organization: row.organization ? { id: row.organization.id, name: row.organization.name } : null,
    from: fromColumns(row.fromDate, row.fromPrecision),
    to: fromColumns(row.toDate, row.toPrecision),
  };
}

/**
 * The positions held on a day (a period bound counts whole: held "until 2021" covers all of 2021).
 * Undated positions count as held: the sources name them without a term.
 */
export function heldOn(positions: readonly PositionView[], day: string): PositionView[] {
  return positions.filter((p) => (!p.from || p.from.date <= day) && (!p.to || periodEndExclusive(p.to) > day));
}
