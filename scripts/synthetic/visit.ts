import { formatPartialDate } from "../../lib/dates/partial-date";
import { titleColumns } from "../../lib/records/titles";
import { contentHash } from "../../lib/sources/hash";
import { writeCommitment, type Span, type VisitRecord } from "./commitment";
import { inFr, ofFr, theFr } from "./countries";
import { writeDocuments } from "./documents";
import { addDays } from "./history";
import type { Random } from "./random";
import { FILLER, FILLER_FR } from "./vocabulary";
import { bodiesFor, pairKey, pickPair, stamp, type Cast } from "./world";
import { TextBuilder, type Writer } from "./writer";

const SUB_EVENTS = [
  ["reception", "a reception", "Réception"],
  ["talks", "talks", "Entretiens"],
  ["signing_ceremony", "a signing ceremony", "Cérémonie de signature"],
  ["meeting", "a working meeting", "Séance de travail"],
] as const;

/**
 * Everything that came out of one visit (or one session of a pair's joint committee): sub-events,
 * documents, commitments, their sources in English and often French.
 */
export function writeVisit(
  rng: Random,
  w: Writer,
  cast: Cast,
  n: { commitments: number; now: string; links: Map<string, string[]> },
): number {
  const [host, visitor] = pickPair(rng);
  const startDay = addDays(
    "2005-01-01",
    rng.int(0, Math.floor((Date.parse(n.now) - Date.parse("2005-01-01")) / 86_400_000) - 60),
  );
  const days = rng.int(2, 5);
  const endDay = addDays(startDay, days - 1);
  const city = rng.pick(host.cities);
  const visitId = rng.id();
  const hostLead = rng.pick(cast.officials.get(host.code)!);
  const guestLead = rng.pick(cast.officials.get(visitor.code)!);
  const committee = cast.committees.get(pairKey(host, visitor));
  const en = new TextBuilder();
  const fr = rng.chance(host.francophone || visitor.francophone ? 0.8 : 0.4) ? new TextBuilder() : null;
  const [enId, frId] = [rng.id(), rng.id()];
  const citations: { sourceId: string; span: Span; owner: Record<string, string> }[] = [];
  const cite = (sourceId: string, span: Span, owner: Record<string, string>) =>
    citations.push({ sourceId, span, owner });
  const month = { date: startDay, precision: "month" as const };
  // A pair with a joint committee often meets as that committee rather than as a visit.
  const session = committee && rng.chance(0.25) ? committee : null;
  const [titleEn, titleFr] = session
    ? [
        `Session of the ${session.name} in ${city}, ${formatPartialDate(month)}`,
        `Session de la ${session.nameFr} à ${city}, ${formatPartialDate(month, "fr")}`,
      ]
    : [
        `Visit of ${guestLead.name} to ${host.name}, ${formatPartialDate(month)}`,
        `Visite de ${guestLead.name} ${inFr(host)}, ${formatPartialDate(month, "fr")}`,
      ];
  const frenchOnly = fr !== null && rng.chance(0.1);
  const titles = titleColumns({
    titleEn: frenchOnly ? undefined : titleEn,
    titleFr: frenchOnly || (fr && rng.chance(0.5)) ? titleFr : undefined,
  });
  const documentCount = rng.chance(0.5) ? rng.int(1, 2) : 0;
  // "Eleven documents were signed, five of them named": the report's number when it names fewer.
  const documentsSigned = documentCount && rng.chance(0.25) ? documentCount + rng.int(1, 9) : null;

  en.add(
    `${host.name.toUpperCase()}, ${city} — The ${guestLead.title.split(",")[0]} ${guestLead.name} of ${visitor.name} paid an official visit to ${host.name} from ${startDay} to ${endDay} at the invitation of ${hostLead.name}.`,
  );
  cite(enId, en.add(`The delegation of ${visitor.name} held talks in ${city} with the ${hostLead.title}.`), {
    eventId: visitId,
  });
  if (documentsSigned)
    cite(enId, en.add(`In all, ${documentsSigned} cooperation documents were signed during the visit.`), {
      eventId: visitId,
    });
  w.insert("Event", {
    id: visitId,
    ...titles,
    kind: session ? "joint_committee" : "visit",
    description: `Official visit of the ${visitor.name} delegation to ${host.name}.`,
    parentId: null,
    startDate: startDay,
    startPrecision: "day",
    endDate: endDay,
    endPrecision: "day",
    location: city,
    hostCountryCode: host.code,
    visitingCountryCode: visitor.code,
    documentsSigned,
    version: 1,
    createdAt: stamp(startDay),
    updatedAt: stamp(startDay),
  });
  const participant = (eventId: string, role: string, personId: string | null, org: string, country: string | null) =>
    w.insert("EventParticipant", { id: rng.id(), eventId, role, personId, organizationId: org, countryCode: country });
  participant(visitId, "host", hostLead.personId, hostLead.organizationId, host.code);
  participant(visitId, "guest", guestLead.personId, guestLead.organizationId, visitor.code);
  // Bodies take part too: the joint committee in its sessions, now and then a regional or UN body.
  if (session || (committee && rng.chance(0.2))) participant(visitId, "participant", null, committee!.id, null);
  const bodies = bodiesFor(cast, host, visitor);
  if (bodies.length && rng.chance(0.05)) participant(visitId, "participant", null, rng.pick(bodies).id, null);
  if (fr)
    cite(
      frId,
      fr.add(
        `La délégation ${ofFr(visitor)} a effectué une visite officielle ${inFr(host)} du ${startDay} au ${endDay}.`,
      ),
      { eventId: visitId },
    );

  // Sub-events: a reception, talks, a signing ceremony, on the days of the visit.
  const events: { id: string; day: string }[] = [{ id: visitId, day: startDay }];
  for (let i = rng.int(0, 3); i > 0; i--) {
    const id = rng.id();
    const day = addDays(startDay, rng.int(0, days - 1));
    const [kind, label, labelFr] = rng.pick(SUB_EVENTS);
    const dayDate = { date: day, precision: "day" as const };
    w.insert("Event", {
      id,
      ...titleColumns({
        titleEn: `${label.replace(/^a /, "").replace(/^./, (x) => x.toUpperCase())} in ${city}, ${day}`,
        titleFr: fr && rng.chance(0.3) ? `${labelFr} à ${city}, ${formatPartialDate(dayDate, "fr")}` : undefined,
      }),
      kind,
      description: null,
      parentId: visitId,
      startDate: day,
      startPrecision: "day",
      endDate: null,
      endPrecision: null,
      location: city,
      hostCountryCode: host.code,
      visitingCountryCode: visitor.code,
      documentsSigned: null,
      version: 1,
      createdAt: stamp(day),
      updatedAt: stamp(day),
    });
    participant(id, "host", hostLead.personId, hostLead.organizationId, host.code);
    cite(enId, en.add(`On ${day}, ${hostLead.name} hosted ${label} for the delegation in ${city}.`), { eventId: id });
    events.push({ id, day });
  }

  const visit: VisitRecord = {
    host,
    visitor,
    hostLead,
    guestLead,
    bodies,
    committee,
    events,
    documents: [],
    en,
    enId,
    fr,
    frId,
    cite,
    now: n.now,
    followUps: new Map(),
  };
  visit.documents = writeDocuments(rng, w, cast, visit, { count: documentCount, startDay, endDay });

  // Commitments, each stated in the English report (and often the French one), linked now and
  // then to an earlier one of the same pair.
  const key = pairKey(host, visitor);
  const earlier = n.links.get(key) ?? [];
  for (let i = 0; i < n.commitments; i++) writeCommitment(rng, w, cast, visit, earlier);
  n.links.set(key, earlier);

  const filler = (t: TextBuilder, lines: readonly string[], size: number) => {
    t.paragraph();
    while (t.length < size) t.add(rng.pick(lines));
  };
  filler(en, FILLER, rng.int(2500, 4000));
  writeSource(
    w,
    enId,
    `${host.name} and ${visitor.name} deepen cooperation during ${titleEn.toLowerCase()}`,
    "en",
    endDay,
    en,
  );
  if (fr) {
    filler(fr, FILLER_FR, rng.int(1500, 2500));
    const frTitle = `${theFr(host, true)} et ${theFr(visitor)} renforcent leur coopération (${startDay})`;
    writeSource(w, frId, frTitle, "fr", endDay, fr);
  }
  for (const [year, f] of visit.followUps) {
    filler(f.text, FILLER, rng.int(1500, 3000));
    writeSource(
      w,
      f.id,
      `${year} review of cooperation between ${host.name} and ${visitor.name} (${startDay} visit)`,
      "en",
      f.last,
      f.text,
    );
  }
  for (const c of citations)
    w.insert("Citation", {
      id: rng.id(),
      sourceId: c.sourceId,
      quote: c.span.quote,
      startOffset: c.span.start,
      endOffset: c.span.end,
      ...c.owner,
    });
  return n.commitments;
}

function writeSource(w: Writer, id: string, title: string, language: string, day: string, text: TextBuilder) {
  const fullText = text.toString();
  w.insert("Source", {
    id,
    title,
    publisher: language === "fr" ? "Agence synthétique de presse" : "Synthetic News Agency",
    url: `https://news.example/${id}`,
    language,
    publishedDate: day,
    publishedPrecision: "day",
    fullText,
    contentHash: contentHash(fullText),
    note: null,
    createdAt: stamp(day),
  });
}
