import { describe, expect, it } from "vitest";
import { extract, type GazetteerEntry } from "../../lib/extract";

const GAZETTEER: GazetteerEntry[] = [
  { type: "country", id: "PE", names: ["Peru", "Pérou"], country: "PE" },
  { type: "country", id: "NO", names: ["Norway", "Norvège"], country: "NO" },
  { type: "person", id: "lund", names: ["Anna Lund"], country: "NO" },
  { type: "person", id: "quispe", names: ["Rosa Quispe"], country: "PE" },
];

const read = (text: string, language: "en" | "fr", published = "2021-09-10") =>
  extract(text, { language, published, gazetteer: GAZETTEER });

describe("events", () => {
  it("reads a visit with its date, length, visitor and host", () => {
    const text = "Norwegian minister Anna Lund paid a three-day official visit to Peru on 6 September 2021.";
    const [event, ...rest] = read(text, "en").events;
    expect(rest).toHaveLength(0);
    expect(event).toMatchObject({
      eventKind: "visit",
      date: { date: "2021-09-06", precision: "day" },
      endDate: { date: "2021-09-08", precision: "day" },
      visitor: "NO",
      host: "PE",
      title: "Visit of Anna Lund to Peru",
    });
    expect(text.slice(event!.start, event!.end)).toBe(event!.text);
  });

  it("merges a headline and the body into one event, spanned by the dated sentence", () => {
    const text =
      "Norway's minister pays an official visit to Peru\n" +
      "Anna Lund paid an official visit to Peru on 6 September 2021.\n" +
      "During the visit, she toured a port.";
    const events = read(text, "en").events;
    expect(events).toHaveLength(1);
    expect(events[0]!.text).toContain("6 September 2021");
  });

  it("tells a reception, a session of a joint commission and talks apart", () => {
    const text =
      "On 7 September 2021, Rosa Quispe received Anna Lund in Lima. " +
      "The two ministers co-chaired the 3rd Joint Commission on Fisheries Cooperation via videoconference on 8 September 2021.";
    const events = read(text, "en").events;
    expect(events.map((e) => e.eventKind)).toEqual(["reception", "joint_committee"]);
    expect(events[0]).toMatchObject({ host: "PE", visitor: "NO", place: "Lima" });
    expect(events[1]).toMatchObject({ title: "3rd Joint Commission on Fisheries Cooperation", virtual: true });
    expect(events[1]!.host).toBeUndefined();
  });

  it("gives two occasions of one sentence a clause each", () => {
    const text = "La cérémonie de signature s'est tenue à Lima, suite à leur entretien bilatéral.";
    const events = read(text, "fr").events;
    expect(events.map((e) => e.eventKind)).toEqual(["signing_ceremony", "talks"]);
    expect(events[1]!.text).toBe("entretien bilatéral.");
  });

  it("reads French visits, planned ones without a date of their own", () => {
    const text =
      "Anna Lund est arrivée à Lima hier pour une visite officielle de deux jours au Pérou. " +
      "La préparation de la visite de Rosa Quispe en Norvège le mois prochain a été évoquée.";
    const events = read(text, "fr").events;
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ eventKind: "visit", visitor: "NO", host: "PE" });
    expect(events[0]!.date).toEqual({ date: "2021-09-09", precision: "day" });
    expect(events[1]).toMatchObject({ eventKind: "visit", visitor: "PE", host: "NO" });
  });

  it("dates an undated meeting by the article's main event, and a same-day ceremony by the previous one", () => {
    const text =
      "Anna Lund paid an official visit to Peru on 6 September 2021. " +
      "The two ministers held a bilateral meeting on fisheries. " +
      "Les deux ministres ont posé la première pierre d'un port le 7 septembre. " +
      "Le même jour, ils ont assisté à la cérémonie d'inauguration d'une école.";
    const events = read(text, "en").events;
    const meeting = events.find((e) => e.eventKind === "meeting");
    expect(meeting?.date).toEqual({ date: "2021-09-06", precision: "day" });
    expect(meeting?.dateFrom).toBe("event");
  });

  it("does not take a meeting hall or an exchange of visits for an occasion", () => {
    const text = "The school has a meeting hall. Both sides welcomed regular exchanges of high-level visits.";
    expect(read(text, "en").events).toEqual([]);
  });

  it("reads visits named by a possessive or a trip", () => {
    const kinds = (text: string) => read(text, "en").events.map((e) => e.eventKind);
    expect(kinds("Lima recalled the pledge made during the Norwegian premier's visit to Peru in May.")).toEqual([
      "visit",
    ]);
    expect(kinds("The talks come after a short trip to Oslo in August by Peru's trade minister.")).toContain("visit");
  });

  it("reads talks told without an article, and not talks that stalled", () => {
    const kinds = (text: string, l: "en" | "fr" = "en") => read(text, l).events.map((e) => e.eventKind);
    expect(kinds("Anna Lund spoke after talks in Lima with Peru's foreign minister.")).toEqual(["talks"]);
    expect(kinds("The port project has been on hold since financing talks broke down.")).toEqual([]);
    expect(kinds("Elle l'a annoncé lors d'un entretien à Lima avec son homologue péruvien.", "fr")).toEqual(["talks"]);
    expect(kinds("The next round of fisheries negotiations will take place in Oslo in March.")).toEqual(["talks"]);
  });

  it("reads a committee named by its place in a series, in English and French", () => {
    const en = read("Peru and Norway will hold the next meeting of their joint committee on fisheries in Oslo.", "en");
    expect(en.events.map((e) => e.eventKind)).toEqual(["joint_committee"]);
    const fr = read("Le comité de suivi du partenariat péruvien-norvégien se réunira en octobre à Lima.", "fr");
    expect(fr.events.map((e) => e.eventKind)).toEqual(["joint_committee"]);
    const fr2 = read("La prochaine session de la commission mixte aura lieu à Oslo.", "fr");
    expect(fr2.events).toHaveLength(1);
  });

  it("keeps one event when a named dialogue is co-chaired in the same sentence", () => {
    const text =
      "Lund spoke after the third Peru-Norway ocean dialogue, which she co-chaired with Rosa Quispe in Lima.";
    expect(read(text, "en").events).toHaveLength(1);
  });

  it("takes a bare 'the ceremony' as pointing back, and goods received as no reception", () => {
    const text =
      "Norway on 8 September handed over ten patrol boats to Peru in Callao. " +
      "The boats were received by Peru's navy chief from the Norwegian ambassador. " +
      "Speaking at the ceremony, Rosa Quispe thanked Oslo.";
    const events = read(text, "en").events;
    expect(events).toHaveLength(1);
    expect(text.slice(events[0]!.start, events[0]!.end)).toContain("handed over");
  });

  it("opens no signing for an instrument only intended", () => {
    const text = "Le Pérou et la Norvège entendent signer l'an prochain un accord de pêche.";
    const { events, documents } = read(text, "fr");
    expect(events).toHaveLength(0);
    expect(documents[0]).toMatchObject({ pending: true });
  });

  it("dates no reported occasion by a planned one", () => {
    const text =
      "Peru and Norway signed three fisheries accords at the close of their joint commission in Lima. " +
      "The next session of the commission will be held in Oslo in 2027.";
    const events = read(text, "en", "2021-09-10").events;
    expect(events[0]!.date?.date.startsWith("2027")).toBe(false);
  });

  it("takes the sentence's own date over the dateline's when the dates reading gives one", () => {
    const text = "OSLO, Sept 10 (NTB) — Peru and Norway held talks on 8 September and signed an MoU on ocean data.";
    const { events, documents } = read(text, "en");
    expect(events.map((e) => e.date?.date)).not.toContain("2021-09-10");
    expect(events[0]!.date).toEqual({ date: "2021-09-08", precision: "day" });
    expect(documents[0]!.signed).toEqual({ date: "2021-09-08", precision: "day" });
  });
});
