import { addDays, statusHistory, target, type Step } from "./history";
import type { Random } from "./random";
import { FILLER, FILLER_FR, KIND_VERBS, SECTORS, UNITS } from "./vocabulary";
import { contentHash } from "../../lib/sources/hash";
import { pickPair, stamp, words, type Cast, type Country } from "./world";
import { TextBuilder, type Writer } from "./writer";

const STATUS_PHRASES: Record<string, string> = {
  agreed: "both sides formally agreed to go ahead with the plan to",
  in_progress: "work started on the plan to",
  stalled: "officials reported that delays held up the plan to",
  fulfilled: "officials announced the completion of the plan to",
  partially_fulfilled: "part of the plan was delivered to",
  cancelled: "the two governments dropped the plan to",
};
const MONEY = [5, 10, 20, 50, 120, 300];

interface Span {
  quote: string;
  start: number;
  end: number;
}
type Cite = (sourceId: string, span: Span, owner: Record<string, string>) => void;

/** Everything that came out of one visit: sub-events, documents, commitments, their sources. */
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
  const en = new TextBuilder();
  const fr = rng.chance(0.4) ? new TextBuilder() : null;
  const [enId, frId] = [rng.id(), rng.id()];
  const citations: { sourceId: string; span: Span; owner: Record<string, string> }[] = [];
  const cite: Cite = (sourceId, span, owner) => citations.push({ sourceId, span, owner });

  const title = `Visit of ${guestLead.name} to ${host.name}, ${words({ date: startDay, precision: "month" }).slice(3)}`;
  en.add(
    `${host.name.toUpperCase()}, ${city} — The ${guestLead.title.split(",")[0]} ${guestLead.name} of ${visitor.name} paid an official visit to ${host.name} from ${startDay} to ${endDay} at the invitation of ${hostLead.name}.`,
  );
  const visitSpan = en.add(`The delegation of ${visitor.name} held talks in ${city} with the ${hostLead.title}.`);
  cite(enId, visitSpan, { eventId: visitId });
  w.insert("Event", {
    id: visitId,
    title,
    kind: "visit",
    description: `Official visit of the ${visitor.name} delegation to ${host.name}.`,
    parentId: null,
    startDate: startDay,
    startPrecision: "day",
    endDate: endDay,
    endPrecision: "day",
    location: city,
    hostCountryCode: host.code,
    visitingCountryCode: visitor.code,
    version: 1,
    createdAt: stamp(startDay),
    updatedAt: stamp(startDay),
  });
  for (const [role, p, c] of [
    ["host", hostLead, host],
    ["guest", guestLead, visitor],
  ] as const) {
    w.insert("EventParticipant", {
      id: rng.id(),
      eventId: visitId,
      role,
      personId: p.personId,
      organizationId: p.organizationId,
      countryCode: c.code,
    });
  }
  if (fr)
    cite(
      frId,
      fr.add(
        `La délégation du ${visitor.nameFr} a effectué une visite officielle au ${host.nameFr} du ${startDay} au ${endDay}.`,
      ),
      { eventId: visitId },
    );

  // Sub-events: a reception, talks, a signing ceremony, on the days of the visit.
  const events: { id: string; day: string }[] = [{ id: visitId, day: startDay }];
  for (let i = rng.int(0, 3); i > 0; i--) {
    const id = rng.id();
    const day = addDays(startDay, rng.int(0, days - 1));
    const [kind, label] = rng.pick([
      ["reception", "a reception"],
      ["talks", "talks"],
      ["signing_ceremony", "a signing ceremony"],
      ["meeting", "a working meeting"],
    ] as const);
    w.insert("Event", {
      id,
      title: `${label.replace(/^a /, "").replace(/^./, (x) => x.toUpperCase())} in ${city}, ${day}`,
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
      version: 1,
      createdAt: stamp(day),
      updatedAt: stamp(day),
    });
    w.insert("EventParticipant", {
      id: rng.id(),
      eventId: id,
      role: "host",
      personId: hostLead.personId,
      organizationId: hostLead.organizationId,
      countryCode: host.code,
    });
    cite(enId, en.add(`On ${day}, ${hostLead.name} hosted ${label} for the delegation in ${city}.`), { eventId: id });
    events.push({ id, day });
  }

  // Documents signed during the visit.
  const documents: string[] = [];
  for (let i = rng.chance(0.5) ? rng.int(1, 2) : 0; i > 0; i--) {
    const id = rng.id();
    const sector = rng.pick(SECTORS);
    const [kind, label] = rng.pick([
      ["cooperation_plan", "Cooperation plan"],
      ["mou", "Memorandum of understanding"],
      ["action_programme", "Action programme"],
      ["agreement", "Agreement"],
    ] as const);
    const from = Number(startDay.slice(0, 4));
    const docTitle = `${label} on ${sector.name.toLowerCase()} between ${host.name} and ${visitor.name}, ${from}–${from + 3}`;
    const status = from + 3 < Number(n.now.slice(0, 4)) ? "expired" : "in_force";
    w.insert("Document", {
      id,
      title: docTitle,
      kind,
      description: null,
      signedDate: endDay,
      signedPrecision: "day",
      eventId: rng.pick(events).id,
      validFrom: `${from}-01-01`,
      validFromPrecision: "year",
      validTo: `${from + 3}-01-01`,
      validToPrecision: "year",
      status,
      version: 1,
      createdAt: stamp(endDay),
      updatedAt: stamp(endDay),
    });
    for (const c of [host, visitor])
      w.insert("DocumentParty", { id: rng.id(), documentId: id, countryCode: c.code, organizationId: null });
    for (const p of [hostLead, guestLead])
      w.insert("DocumentSignatory", {
        id: rng.id(),
        documentId: id,
        personId: p.personId,
        positionId: p.positionId,
        organizationId: p.organizationId,
      });
    cite(enId, en.add(`${hostLead.name} and ${guestLead.name} signed the ${docTitle}.`), { documentId: id });
    documents.push(id);
  }

  // Commitments, each stated in the English report (and often the French one).
  const followUps = new Map<string, { id: string; text: TextBuilder; last: string }>();
  const pairKey = [host.code, visitor.code].sort().join("-");
  const earlier = n.links.get(pairKey) ?? [];
  for (let i = 0; i < n.commitments; i++) {
    const id = rng.id();
    const kind = rng.weighted({ pledge: 45, request: 20, proposal: 15, agreement: 20 });
    const [giver, receiver] =
      kind === "request" ? [host, visitor] : rng.chance(0.7) ? [visitor, host] : [host, visitor];
    const sectors = rng.sample(SECTORS, Number(rng.weighted({ 1: 60, 2: 30, 3: 10 })));
    const object = rng.pick(sectors[0]!.objects);
    const place = rng.chance(0.5) ? ` in ${rng.pick(receiver.cities)}` : "";
    const commitmentTitle = `${rng.pick(KIND_VERBS[kind]!)} ${object}${place}`;
    const event = rng.pick(events);
    const amount = kind !== "proposal" && rng.chance(0.3) ? amountOf(rng, giver) : null;
    const qty = rng.chance(0.1) ? rng.pick(UNITS) : null;
    const baseline = qty ? rng.int(qty.baseline[0], qty.baseline[1]) : 0;
    const due = target(rng, event.day);
    const giverOrg = rng.chance(0.6) ? rng.pick(cast.organizations.get(giver.code)!) : null;
    const receiverOrg = rng.chance(0.4) ? rng.pick(cast.organizations.get(receiver.code)!) : null;
    const person = rng.chance(0.2) ? (giver === host ? hostLead : guestLead) : null;
    const sentence = `${giver.name}${giverOrg ? ` (${giverOrg.name})` : ""} made ${kind === "agreement" ? "an" : "a"} ${kind} to ${receiver.name}: ${lower(commitmentTitle)}${amount ? ` worth ${amount.text}` : ""}${qty ? `, from ${baseline} to ${baseline * qty.factor} ${qty.unit}` : ""}${due ? `, by ${due.date.slice(0, 4)}` : ""}.`;
    const history = statusHistory(rng, { date: event.day, precision: "day" }, n.now);
    const last = history.at(-1)!;
    const documentId = documents.length && rng.chance(0.5) ? rng.pick(documents) : null;
    // Sectors first: with foreign keys off during the load, the commitment's own insert trigger
    // then indexes its sector names once, instead of re-indexing the row for every sector.
    for (const s of sectors) w.insert("CommitmentSector", { commitmentId: id, sectorCode: s.code });
    w.insert("Commitment", {
      id,
      title: commitmentTitle,
      titleEn: commitmentTitle,
      description: sentence,
      kind,
      direction: "one_way",
      amountMinor: amount?.minor ?? null,
      amountCurrency: amount?.currency ?? null,
      quantityBaseline: qty ? String(baseline) : null,
      quantityTarget: qty ? String(baseline * qty.factor) : null,
      quantityUnit: qty?.unit ?? null,
      quantityScope: qty?.scope ?? null,
      quantityAtLeast: 0,
      targetDate: due?.date ?? null,
      targetPrecision: due?.precision ?? null,
      targetDeadline: due?.deadline ?? null,
      eventId: event.id,
      documentId,
      status: last.toStatus,
      version: history.length,
      createdAt: history[0]!.recordedAt,
      updatedAt: last.recordedAt,
    });
    const side = (
      role: string,
      position: number,
      countryCode: string,
      organizationId: string | null,
      personId: string | null,
    ) =>
      w.insert("CommitmentSide", {
        id: `${id}-side-${position}`,
        commitmentId: id,
        role,
        position,
        countryCode,
        organizationId,
        personId,
      });
    side("giver", 0, giver.code, giverOrg?.id ?? null, person?.personId ?? null);
    side("receiver", 1, receiver.code, receiverOrg?.id ?? null, null);
    cite(enId, en.add(sentence), { commitmentId: id });
    if (fr && rng.chance(0.6))
      cite(
        frId,
        fr.add(`Le ${giver.nameFr} s'est engagé envers le ${receiver.nameFr} (${kind}) : ${commitmentTitle}.`),
        { commitmentId: id },
      );
    writeHistory(rng, w, id, history, commitmentTitle, giver, followUps, enId, en, cite);
    if (earlier.length && rng.chance(0.05))
      w.insert("CommitmentLink", {
        id: rng.id(),
        fromId: id,
        toId: rng.pick(earlier),
        kind: "follow_up_of",
        note: null,
      });
    if (earlier.length < 200) earlier.push(id);
    else earlier[rng.int(0, 199)] = id;
  }
  n.links.set(pairKey, earlier);

  const filler = (t: TextBuilder, lines: readonly string[], size: number) => {
    t.paragraph();
    while (t.length < size) t.add(rng.pick(lines));
  };
  filler(en, FILLER, rng.int(2500, 4000));
  writeSource(
    w,
    enId,
    `${host.name} and ${visitor.name} deepen cooperation during ${title.toLowerCase()}`,
    "en",
    endDay,
    en,
  );
  if (fr) {
    filler(fr, FILLER_FR, rng.int(1500, 2500));
    writeSource(
      w,
      frId,
      `Le ${host.nameFr} et le ${visitor.nameFr} renforcent leur coopération (${startDay})`,
      "fr",
      endDay,
      fr,
    );
  }
  for (const [year, f] of followUps) {
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

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function amountOf(rng: Random, giver: Country) {
  const [currency, exponent] = rng.chance(0.6)
    ? ["USD", 2]
    : giver.currency === "VND" || giver.currency === "JPY" || giver.currency === "KRW"
      ? [giver.currency, 0]
      : [giver.currency, 2];
  const millions = BigInt(rng.pick(MONEY) * rng.int(1, 10));
  return { currency, minor: millions * 1_000_000n * 10n ** BigInt(exponent), text: `${millions} million ${currency}` };
}

/** The history rows; each later change is backed by a sentence in that year's review of the visit. */
function writeHistory(
  rng: Random,
  w: Writer,
  commitmentId: string,
  history: Step[],
  title: string,
  giver: Country,
  followUps: Map<string, { id: string; text: TextBuilder; last: string }>,
  enId: string,
  en: TextBuilder,
  cite: Cite,
) {
  for (const [i, step] of history.entries()) {
    const id = rng.id();
    w.insert("StatusChange", {
      id,
      commitmentId,
      fromStatus: step.fromStatus,
      toStatus: step.toStatus,
      effectiveDate: step.effective.date,
      effectivePrecision: step.effective.precision,
      note: rng.chance(0.4) ? `Reported by ${giver.name}.` : null,
      correctsId: null,
      editorId: null,
      recordedAt: step.recordedAt,
    });
    if (i === 0) {
      cite(enId, en.add(`The announcement of the plan to ${lower(title)} was welcomed by both sides.`), {
        statusChangeId: id,
      });
      continue;
    }
    const year = step.recordedAt.slice(0, 4);
    const day = step.recordedAt.slice(0, 10);
    const review = followUps.get(year) ?? { id: rng.id(), text: new TextBuilder(), last: day };
    followUps.set(year, review);
    // The review is published once its last change was recorded, so as of a day it never shows later news.
    if (day > review.last) review.last = day;
    cite(review.id, review.text.add(`${words(step.effective)}, ${STATUS_PHRASES[step.toStatus]} ${lower(title)}.`), {
      statusChangeId: id,
    });
  }
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
