import { titleColumns } from "../../lib/records/titles";
import type { VisitRecord } from "./commitment";
import { theFr } from "./countries";
import type { Random } from "./random";
import { SECTORS } from "./vocabulary";
import { stamp, type Cast } from "./world";
import type { Writer } from "./writer";

const KINDS = [
  ["cooperation_plan", "Cooperation plan", "Plan de coopération"],
  ["mou", "Memorandum of understanding", "Mémorandum d'entente"],
  ["action_programme", "Action programme", "Programme d'action"],
  ["agreement", "Agreement", "Accord"],
] as const;

/**
 * The documents signed during a visit: parties (the two countries, sometimes a body too), the
 * two leads' signatures, and now and then a witness, a presiding official, or a signature "by the
 * representative of" an organization with no person named. Titles in English, French or both.
 */
export function writeDocuments(
  rng: Random,
  w: Writer,
  cast: Cast,
  v: VisitRecord,
  n: { count: number; startDay: string; endDay: string },
): string[] {
  const { host, visitor, hostLead, guestLead } = v;
  const documents: string[] = [];
  for (let i = 0; i < n.count; i++) {
    const id = rng.id();
    const sector = rng.pick(SECTORS);
    const [kind, label, labelFr] = rng.pick(KINDS);
    const from = Number(n.startDay.slice(0, 4));
    const en = `${label} on ${sector.name.toLowerCase()} between ${host.name} and ${visitor.name}, ${from}–${from + 3}`;
    const fr = `${labelFr} (${sector.nameFr.toLowerCase()}) entre ${theFr(host)} et ${theFr(visitor)}, ${from}–${from + 3}`;
    const frenchOnly = v.fr !== null && rng.chance(0.15);
    const titles = titleColumns({
      titleEn: frenchOnly ? undefined : en,
      titleFr: frenchOnly || (v.fr && rng.chance(0.5)) ? fr : undefined,
    });
    w.insert("Document", {
      id,
      ...titles,
      kind,
      description: null,
      signedDate: n.endDay,
      signedPrecision: "day",
      eventId: rng.pick(v.events).id,
      validFrom: `${from}-01-01`,
      validFromPrecision: "year",
      validTo: `${from + 3}-01-01`,
      validToPrecision: "year",
      status: from + 3 < Number(v.now.slice(0, 4)) ? "expired" : "in_force",
      version: 1,
      createdAt: stamp(n.endDay),
      updatedAt: stamp(n.endDay),
    });
    for (const c of [host, visitor])
      w.insert("DocumentParty", { id: rng.id(), documentId: id, countryCode: c.code, organizationId: null });
    // A body as a party of its own: the pair's joint committee, or a regional or UN body.
    const partyBody = v.committee && rng.chance(0.15) ? v.committee : rng.chance(0.05) ? rng.pick(v.bodies) : null;
    if (partyBody)
      w.insert("DocumentParty", { id: rng.id(), documentId: id, countryCode: null, organizationId: partyBody.id });
    const signs = (role: string, personId: string | null, positionId: string | null, organizationId: string) =>
      w.insert("DocumentSignatory", { id: rng.id(), documentId: id, role, personId, positionId, organizationId });
    if (rng.chance(0.1)) {
      // "Signed by the representative of" the visitor's organization: no person named.
      signs("signatory", hostLead.personId, hostLead.positionId, hostLead.organizationId);
      signs("signatory", null, null, rng.pick(cast.organizations.get(visitor.code)!).id);
    } else {
      for (const p of [hostLead, guestLead]) signs("signatory", p.personId, p.positionId, p.organizationId);
    }
    if (rng.chance(0.2)) {
      const witness = rng.pick(cast.officials.get(host.code)!);
      if (witness.personId !== hostLead.personId)
        signs("witness", witness.personId, witness.positionId, witness.organizationId);
    }
    if (rng.chance(0.1)) {
      const chair = rng.pick(cast.officials.get(rng.chance(0.5) ? host.code : visitor.code)!);
      signs("presiding", chair.personId, chair.positionId, chair.organizationId);
    }
    const quoted = frenchOnly ? v.fr! : v.en;
    const signed = frenchOnly
      ? `${hostLead.name} et ${guestLead.name} ont signé le document « ${fr} ».`
      : `${hostLead.name} and ${guestLead.name} signed the ${en}.`;
    v.cite(frenchOnly ? v.frId : v.enId, quoted.add(signed), { documentId: id });
    documents.push(id);
  }
  return documents;
}
