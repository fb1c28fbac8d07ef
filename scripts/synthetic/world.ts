import { formatPartialDate, type PartialDate } from "../../lib/dates/partial-date";
import type { Random } from "./random";
import { COUNTRIES, FAMILY, GIVEN, ORG_KINDS, SECTORS, TITLES } from "./vocabulary";
import type { Writer } from "./writer";

export type Country = (typeof COUNTRIES)[number];
export interface Official {
  personId: string;
  positionId: string;
  organizationId: string;
  name: string;
  title: string;
}
export interface Cast {
  organizations: Map<string, { id: string; name: string }[]>;
  officials: Map<string, Official[]>;
}

export const stamp = (day: string) => `${day}T09:00:00.000+00:00`;

/** Countries, sectors, organizations (some with aliases), people and their positions. */
export function writeCast(rng: Random, w: Writer, created: string): Cast {
  const organizations = new Map<string, { id: string; name: string }[]>();
  const officials = new Map<string, Official[]>();
  for (const s of SECTORS) w.insert("Sector", { code: s.code, name: s.name, nameFr: s.nameFr });
  for (const c of COUNTRIES) {
    w.insert("Country", { code: c.code, name: c.name, nameFr: c.nameFr });
    const orgs: { id: string; name: string }[] = [];
    for (const group of ORG_KINDS) {
      for (const base of group.names) {
        const org = { id: rng.id(), name: `${base} of ${c.name}` };
        w.insert("Organization", {
          id: org.id,
          name: org.name,
          nameFr: null,
          kind: group.kind,
          countryCode: c.code,
          parentId: null,
          description: `${base} (${c.name}).`,
          version: 1,
          createdAt: created,
          updatedAt: created,
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
      const title = `${rng.pick(TITLES)}, ${org.name}`;
      const positionId = rng.id();
      w.insert("Position", {
        id: positionId,
        personId,
        title,
        titleFr: null,
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
  return { organizations, officials };
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
