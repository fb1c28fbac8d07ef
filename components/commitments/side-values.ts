import type { Direction, SideRole } from "@/lib/commitments/sides";
import type { PartyValues } from "../forms/party-fields";

// The sides as the commitment form holds them. Plain functions, apart from side-fields.tsx (a
// client component), because server pages build a form's first values with them.

export type SideValues = PartyValues & { role: SideRole };

export const emptySide = (role: SideRole): SideValues => ({ role, countryCode: "", organization: null, person: null });

/**
 * Switching the direction keeps what was typed: every entry becomes a party, or the first party
 * becomes the giver and the others receivers.
 */
export function switchDirection(sides: SideValues[], to: Direction): SideValues[] {
  if (to === "mutual") {
    const parties = sides.map((s) => ({ ...s, role: "party" as const }));
    return parties.length >= 2
      ? parties
      : [...parties, ...Array.from({ length: 2 - parties.length }, () => emptySide("party"))];
  }
  const [first, ...rest] = sides;
  return [
    { ...(first ?? emptySide("giver")), role: "giver" },
    ...(rest.length ? rest : [emptySide("receiver")]).map((s) => ({ ...s, role: "receiver" as const })),
  ];
}
