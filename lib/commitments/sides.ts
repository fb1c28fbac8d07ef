import { z } from "zod";
import { countryCodeSchema } from "../countries/schema";
import { idSchema } from "../records/schema";

/**
 * Who commits to whom. A one-way commitment has givers and receivers; a mutual one ("the two
 * sides agreed to…") has two or more parties, each committing to the others. Every entry of a
 * side is a country or an organization (a ministry, ASEAN, a joint committee), with the person
 * acting for it when the source names one.
 */
export const DIRECTIONS = ["one_way", "mutual"] as const;
export const SIDE_ROLES = ["giver", "receiver", "party"] as const;

export type Direction = (typeof DIRECTIONS)[number];
export type SideRole = (typeof SIDE_ROLES)[number];

export const directionSchema = z.enum(DIRECTIONS);

/** One entry of a side, as forms, the API and the dataset send it. */
export const sideInputSchema = z
  .object({
    role: z.enum(SIDE_ROLES),
    countryCode: countryCodeSchema.optional(),
    organizationId: idSchema.optional(),
    personId: idSchema.optional(),
  })
  .refine((s) => s.countryCode || s.organizationId, {
    message: "Name a country or an organization",
    path: ["countryCode"],
  });

/** The giver or the receiver as clients sent them before sides existed; still accepted. */
export const partySchema = z.object({
  countryCode: countryCodeSchema,
  organizationId: idSchema.optional(),
  personId: idSchema.optional(),
});

export type SideInput = z.output<typeof sideInputSchema>;
type Party = z.output<typeof partySchema>;

/** The fields a commitment's schema takes for its sides (`from`/`to` for older clients). */
export const sideFields = {
  direction: directionSchema.default("one_way"),
  sides: z.array(sideInputSchema).max(20).optional(),
  from: partySchema.optional(),
  to: partySchema.optional(),
};

type SideFieldsValue = { direction: Direction; sides?: SideInput[]; from?: Party; to?: Party };

/** The sides given, or the legacy giver and receiver as sides. */
export function sidesOf(value: Omit<SideFieldsValue, "direction">): SideInput[] {
  if (value.sides) return value.sides;
  return [
    ...(value.from ? [{ role: "giver" as const, ...value.from }] : []),
    ...(value.to ? [{ role: "receiver" as const, ...value.to }] : []),
  ];
}

/** The refinement of every schema with `sideFields`: the sides fit the direction. */
export function checkSides(value: SideFieldsValue, ctx: z.RefinementCtx) {
  if (value.sides && (value.from || value.to)) {
    ctx.addIssue({ code: "custom", path: ["sides"], message: "Send either sides or from/to, not both" });
    return;
  }
  const sides = sidesOf(value);
  const count = (role: SideRole) => sides.filter((s) => s.role === role).length;
  if (value.direction === "mutual") {
    if (count("giver") + count("receiver") > 0) {
      ctx.addIssue({ code: "custom", path: ["sides"], message: "In a mutual commitment every side is a party" });
    } else if (count("party") < 2) {
      ctx.addIssue({ code: "custom", path: ["sides"], message: "Name at least two parties" });
    }
    return;
  }
  if (count("party") > 0) {
    ctx.addIssue({ code: "custom", path: ["sides"], message: "A one-way commitment has givers and receivers" });
  } else if (count("giver") === 0) {
    ctx.addIssue({ code: "custom", path: ["sides"], message: "Name who commits (the giver)" });
  } else if (count("receiver") === 0) {
    ctx.addIssue({ code: "custom", path: ["sides"], message: "Name who it is for (the receiver)" });
  }
}

/**
 * The order sides are stored and shown in: givers before receivers, parties as given. The API's
 * `from` and `to` are the first two entries of different roles (or the first two parties).
 */
export function orderedSides(sides: SideInput[]): SideInput[] {
  const rank: Record<SideRole, number> = { giver: 0, party: 0, receiver: 1 };
  return sides
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank[a.s.role] - rank[b.s.role] || a.i - b.i)
    .map(({ s }) => s);
}

/** Which two entries stand for the commitment's `from` and `to`. */
export function fromAndTo<T extends { role: string }>(sides: T[]): { from: T | null; to: T | null } {
  const givers = sides.filter((s) => s.role !== "receiver");
  const receiver = sides.find((s) => s.role === "receiver");
  return receiver ? { from: givers[0] ?? null, to: receiver } : { from: givers[0] ?? null, to: givers[1] ?? null };
}

type LabelSide = { role: string; countryCode: string | null; organization: { name: string } | null };

/**
 * A short label of who commits to whom: "VN → KH", "VN ↔ KH" for a mutual commitment, "VN, KH →
 * ASEAN". Countries by code; an organization with no country (an international body) by name.
 */
export function sidesLabel(direction: string, sides: readonly LabelSide[]): string {
  const names = (role: string) => [
    ...new Set(sides.filter((s) => s.role === role).map((s) => s.countryCode ?? s.organization?.name ?? "?")),
  ];
  if (direction === "mutual") return names("party").join(" ↔ ");
  return `${names("giver").join(", ")} → ${names("receiver").join(", ")}`;
}

/** A listed commitment with its "VN → KH" label in place of its sides. */
export function withBetween<T extends { direction: string; sides: readonly LabelSide[] }>(
  c: T,
): Omit<T, "sides" | "direction"> & { between: string } {
  const { sides, direction, ...rest } = c;
  return { ...rest, between: sidesLabel(direction, sides) };
}

/** The same label from a commitment's API v1 JSON. */
export function sidesLabelOfJson(c: {
  direction: string;
  sides: readonly { role: string; country: { code: string } | null; organization: { name: string } | null }[];
}): string {
  return sidesLabel(
    c.direction,
    c.sides.map((s) => ({ role: s.role, countryCode: s.country?.code ?? null, organization: s.organization })),
  );
}
