import { formatPartialDate, type PartialDate } from "../../lib/dates/partial-date";
import { titleColumns } from "../../lib/records/titles";
import { BODIES, committeePairs, membersOf } from "./bodies";
import { COUNTRIES, ofFr, type Country } from "./countries";
import type { Random } from "./random";
import { FAMILY, GIVEN, ORG_KINDS, SECTORS, TITLES } from "./vocabulary";
import type { Writer } from "./writer";

export type { Country } from "./countries";

/** An organization as the generator names it: a national one has a country, a body has none. */
export interface Org {
  id: string;
  name: string;
  nameFr: string | null;
  countryCode: string | null;
}
export interface Body extends Org {
  /** Member countries (none listed for a worldwide body; the two of a joint committee). */
  members: string[];
}
export interface Official {
  personId: string;
  positionId: string;
  organizationId: string;
  name: string;
  title: string;
}
export interface Cast {
  organizations: Map<string, Org[]>;
  officials: Map<string, Official[]>;
  /** International bodies: regional organizations, UN agencies, development banks. */
  bodies: Body[];
  /** The bilateral joint committee of a pair, by pairKey. */
  committees: Map<string, Body>;
}

export const stamp = (day: string) => `${day}T09:00:00.000+00:00`;

/** "KH-VN": a pair of countries whichever way round, as the maps of the cast key it. */
export const pairKey = (a: Country, b: Country) => [a.code, b.code].sort().join("-");

function writeOrganization(
  w: Writer,
  created: string,
  org: Org & { nameEn: string | null; kind: string; scope: string; description: string },
): void {
  const names = titleColumns({ titleEn: org.nameEn ?? undefined, titleFr: org.nameFr ?? undefined });
  w.insert("Organization", {
    id: org.id,
    name: names.title,
    nameEn: names.titleEn,
    nameFr: names.titleFr,
    kind: org.kind,
    scope: org.scope,
    countryCode: org.countryCode,
    parentId: null,
    description: org.description,
    version: 1,
    createdAt: created,
    updatedAt: created,
  });
}

/**
 * Countries, sectors, organizations (some with aliases, some named in French, a francophone
 * country's in French only), international bodies with their members, joint committees of the
 * busiest pairs, and people with their positions.
 */
export function writeCast(rng: Random, w: Writer, created: string): Cast {
  const organizations = new Map<string, Org[]>();
  const officials = new Map<string, Official[]>();
  for (const s of SECTORS) w.insert("Sector", { code: s.code, name: s.name, nameFr: s.nameFr });
  // The app may already list every ISO country (with its own spelling of the names): keep its rows.
  for (const c of COUNTRIES) w.insert("Country", { code: c.code, name: c.name, nameFr: c.nameFr }, { orIgnore: true });
  for (const c of COUNTRIES) {
    const orgs: Org[] = [];
    for (const group of ORG_KINDS) {
      for (const [base, baseFr] of group.names) {
        const nameEn = c.francophone ? null : `${base} of ${c.name}`;
        const nameFr = c.francophone || rng.chance(0.3) ? `${baseFr} ${ofFr(c)}` : null;
        const org = { id: rng.id(), name: nameEn ?? nameFr!, nameFr, countryCode: c.code };
        writeOrganization(w, created, {
          ...org,
          nameEn,
          kind: group.kind,
          scope: "national",
          description: `${base} (${c.name}).`,
        });
        if (rng.chance(0.25))
          w.insert("OrganizationAlias", {
            id: rng.id(),
            organizationId: org.id,
            alias: `${c.code}-${base
              .split(" ")
              .map((x) => x[0])
              .join("")}`,
            language: null,
            note: null,
          });
        orgs.push(org);
      }
    }
    organizations.set(c.code, orgs);
    const people: Official[] = [];
    for (let i = 0; i < 10; i++) {
      const personId = rng.id();
      const name = `${rng.pick(FAMILY)} ${rng.pick(GIVEN)} ${String.fromCharCode(65 + i)}`;
      w.insert("Person", {
        id: personId,
        name,
        countryCode: c.code,
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
      const org = rng.pick(orgs);
      const [rank, rankFr] = rng.pick(TITLES);
      const title = `${rank}, ${org.name}`;
      const positionId = rng.id();
      w.insert("Position", {
        id: positionId,
        personId,
        title,
        titleFr: org.nameFr && rng.chance(0.5) ? `${rankFr}, ${org.nameFr}` : null,
        organizationId: org.id,
        fromDate: null,
        fromPrecision: null,
        toDate: null,
        toPrecision: null,
      });
      people.push({ personId, positionId, organizationId: org.id, name, title });
    }
    officials.set(c.code, people);
  }
  return { organizations, officials, ...writeBodies(rng, w, created) };
}

/** International bodies (members listed for the regional ones) and the pairs' joint committees. */
function writeBodies(rng: Random, w: Writer, created: string): Pick<Cast, "bodies" | "committees"> {
  const bodies: Body[] = [];
  for (const spec of BODIES) {
    const members = membersOf(spec).map((c) => c.code);
    const body = { id: rng.id(), name: spec.name, nameFr: spec.nameFr, countryCode: null, members };
    writeOrganization(w, created, {
      ...body,
      nameEn: spec.name,
      kind: spec.kind,
      scope: "international",
      description: `${spec.name} (${spec.alias}).`,
    });
    w.insert("OrganizationAlias", {
      id: rng.id(),
      organizationId: body.id,
      alias: spec.alias,
      language: null,
      note: null,
    });
    for (const code of members) w.insert("OrganizationMember", { organizationId: body.id, countryCode: code });
    bodies.push(body);
  }
  const committees = new Map<string, Body>();
  for (const [a, b] of committeePairs()) {
    const name = `${a.name}–${b.name} Joint Committee on Economic and Technical Cooperation`;
    const nameFr = `Commission mixte ${a.nameFr}–${b.nameFr} de coopération économique et technique`;
    const body = { id: rng.id(), name, nameFr, countryCode: null, members: [a.code, b.code] };
    writeOrganization(w, created, {
      ...body,
      nameEn: name,
      kind: "joint_committee",
      scope: "bilateral",
      description: `The joint committee of ${a.name} and ${b.name}, meeting in turn in each capital.`,
    });
    for (const code of body.members) w.insert("OrganizationMember", { organizationId: body.id, countryCode: code });
    committees.set(pairKey(a, b), body);
  }
  return { bodies, committees };
}

/** The bodies a visit between two countries may involve: those either belongs to, and the worldwide ones. */
export function bodiesFor(cast: Cast, a: Country, b: Country): Body[] {
  return cast.bodies.filter((x) => x.members.length === 0 || x.members.includes(a.code) || x.members.includes(b.code));
}

/** "14 March 2019", "March 2019" or "2019": how a report words a date at its precision. */
export function words(date: PartialDate): string {
  const text = formatPartialDate(date);
  return date.precision === "day" ? `On ${text}` : `In ${text}`;
}

/**
 * Country pairs are not equally busy: a few neighbours meet every year, most pairs rarely. A
 * skewed choice keeps the country filters realistic (some pairs hold thousands of commitments).
 */
export function pickPair(rng: Random): [Country, Country] {
  const skew = (n: number) => Math.floor(n * rng.next() ** 2);
  const a = COUNTRIES[skew(COUNTRIES.length)]!;
  let b = COUNTRIES[skew(COUNTRIES.length)]!;
  while (b.code === a.code) b = rng.pick(COUNTRIES);
  return [a, b];
}
