import type { SideRole } from "../../lib/commitments/sides";
import { COUNTRIES, theFr, type Country } from "./countries";
import type { Random } from "./random";
import type { Body, Cast, Official, Org } from "./world";
import type { Writer } from "./writer";

// Who commits to whom in a synthetic commitment: one-way (givers → receivers) or mutual
// (parties), each entry a country (perhaps through one of its organizations, with the official
// acting for it) or an international body. Most are the visit's two countries; a few have
// several entries on a side, a body on one side, or a joint committee committing to both.

export interface Entry {
  role: SideRole;
  country: Country | null;
  org: Org | null;
  person: Official | null;
}

export interface Parties {
  host: Country;
  visitor: Country;
  hostLead: Official;
  guestLead: Official;
  /** The bodies this pair may deal with (bodiesFor), and its joint committee if it has one. */
  bodies: Body[];
  committee: Body | undefined;
}

// Agreements are mostly mutual ("the two sides agreed to…"), requests never; about 30% overall.
const MUTUAL_SHARE: Record<string, number> = { pledge: 0.15, request: 0, proposal: 0.4, agreement: 0.9, intent: 0.5 };

const national = (country: Country, org: Org | null, person: Official | null, role: SideRole): Entry => ({
  role,
  country,
  org,
  person,
});
const body = (org: Body, role: SideRole): Entry => ({ role, country: null, org, person: null });

function thirdCountry(rng: Random, p: Parties): Country {
  let c = rng.pick(COUNTRIES);
  while (c.code === p.host.code || c.code === p.visitor.code) c = rng.pick(COUNTRIES);
  return c;
}

/** The entries of a commitment's sides, givers (or parties) first as the app stores them. */
export function pickSides(
  rng: Random,
  cast: Cast,
  p: Parties,
  kind: string,
): { direction: "one_way" | "mutual"; entries: Entry[] } {
  const orgOf = (c: Country) => rng.pick(cast.organizations.get(c.code)!);
  const leadOf = (c: Country) => (c === p.host ? p.hostLead : p.guestLead);
  if (rng.chance(MUTUAL_SHARE[kind] ?? 0)) {
    const [a, b] = rng.chance(0.5) ? [p.host, p.visitor] : [p.visitor, p.host];
    const entries = [a, b].map((c) =>
      national(c, rng.chance(0.3) ? orgOf(c) : null, rng.chance(0.15) ? leadOf(c) : null, "party"),
    );
    // A third party now and then: a body both deal with, or a third country (a trilateral plan).
    if (rng.chance(0.05)) {
      const regional = p.bodies.filter((x) => x.members.length > 0);
      entries.push(
        regional.length && rng.chance(0.5)
          ? body(rng.pick(regional), "party")
          : national(thirdCountry(rng, p), null, null, "party"),
      );
    }
    return { direction: "mutual", entries };
  }
  const [giver, receiver] =
    kind === "request" ? [p.host, p.visitor] : rng.chance(0.7) ? [p.visitor, p.host] : [p.host, p.visitor];
  const giverEntry = national(
    giver,
    rng.chance(0.6) ? orgOf(giver) : null,
    rng.chance(0.2) ? leadOf(giver) : null,
    "giver",
  );
  const receiverEntry = national(receiver, rng.chance(0.4) ? orgOf(receiver) : null, null, "receiver");
  const roll = rng.next();
  // A country's contribution to a body ("Vietnam pledged USD 1 million to ASEAN's fund").
  if (roll < 0.03 && p.bodies.length)
    return { direction: "one_way", entries: [giverEntry, body(rng.pick(p.bodies), "receiver")] };
  // A body's project in one of the two countries (a development bank's loan, a UN programme).
  if (roll < 0.05 && p.bodies.length)
    return { direction: "one_way", entries: [body(rng.pick(p.bodies), "giver"), receiverEntry] };
  // The joint committee undertakes something for both its countries.
  if (roll < 0.06 && p.committee) {
    return {
      direction: "one_way",
      entries: [
        body(p.committee, "giver"),
        national(p.host, null, null, "receiver"),
        national(p.visitor, null, null, "receiver"),
      ],
    };
  }
  // Several entries on a side: a second organization of the giver, or a second receiver.
  if (roll < 0.08) {
    const second = orgOf(giver);
    if (second.id !== giverEntry.org?.id)
      return { direction: "one_way", entries: [giverEntry, national(giver, second, null, "giver"), receiverEntry] };
    return {
      direction: "one_way",
      entries: [giverEntry, receiverEntry, national(thirdCountry(rng, p), null, null, "receiver")],
    };
  }
  return { direction: "one_way", entries: [giverEntry, receiverEntry] };
}

/** The country a side row carries: the entry's own, or its national organization's; none for a body. */
export const sideCountry = (e: Entry): string | null => e.country?.code ?? e.org?.countryCode ?? null;

export function writeSides(w: Writer, commitmentId: string, entries: Entry[]): void {
  entries.forEach((e, position) =>
    w.insert("CommitmentSide", {
      id: `${commitmentId}-side-${position}`,
      commitmentId,
      role: e.role,
      position,
      countryCode: sideCountry(e),
      organizationId: e.org?.id ?? null,
      personId: e.person?.personId ?? null,
    }),
  );
}

const join = (items: string[], and: string) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${and} ${items.at(-1)}`;

/** "Vietnam (Ministry of Planning of Vietnam) and Laos", "the Asian Development Bank". */
export function entriesEn(entries: Entry[]): string {
  return join(
    entries.map((e) => (e.country ? `${e.country.name}${e.org ? ` (${e.org.name})` : ""}` : `the ${e.org!.name}`)),
    "and",
  );
}

/** The same in French: "le Viêt Nam (Ministère du Plan du Viêt Nam) et le Laos". */
export function entriesFr(entries: Entry[]): string {
  return join(
    entries.map((e) =>
      e.country
        ? `${theFr(e.country)}${e.org ? ` (${e.org.nameFr ?? e.org.name})` : ""}`
        : (e.org!.nameFr ?? e.org!.name),
    ),
    "et",
  );
}
