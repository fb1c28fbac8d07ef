import { describe, expect, it } from "vitest";
import { compileGazetteer, extractEntities } from "../../lib/extract/entities";
import type { GazetteerEntry } from "../../lib/extract/types";

const gazetteer: GazetteerEntry[] = [
  { type: "country", id: "VN", names: ["Vietnam", "Viêt Nam", "Viet Nam"] },
  { type: "country", id: "KH", names: ["Cambodia", "Cambodge"] },
  {
    type: "organization",
    id: "vn-mic",
    names: ["Ministry of Information and Communications", "Ministère de l'Information et de la Communication", "MIC"],
    country: "VN",
  },
  {
    type: "organization",
    id: "kh-moi",
    names: ["Ministry of Information", "Ministère de l'Information"],
    country: "KH",
  },
  { type: "organization", id: "viettel", names: ["Viettel Group", "Viettel", "Metfone"], country: "VN" },
  { type: "person", id: "nguyen-manh-hung", names: ["Nguyen Manh Hung", "Nguyễn Mạnh Hùng", "Hung"], country: "VN" },
  { type: "person", id: "hung-other", names: ["Hung"], country: "KH" },
];
const compiled = compileGazetteer(gazetteer);

function entities(text: string) {
  const found = extractEntities(text, compiled);
  for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  return found;
}

describe("entities", () => {
  it("prefers the longest name on overlap", () => {
    expect(
      entities("the Ministry of Information and Communications and the Ministry of Information").map((e) => [
        e.text,
        e.id,
      ]),
    ).toEqual([
      ["Ministry of Information and Communications", "vn-mic"],
      ["Ministry of Information", "kh-moi"],
    ]);
  });

  it("matches across case and accents and reports the exact span", () => {
    const text =
      "Le ministère de l’Information et de la Communication du VIET NAM et Nguyễn Mạnh Hùng, puis nguyen manh hung.";
    expect(entities(text).map((e) => [e.text, e.id])).toEqual([
      ["ministère de l’Information et de la Communication", "vn-mic"],
      ["VIET NAM", "VN"],
      ["Nguyễn Mạnh Hùng", "nguyen-manh-hung"],
      ["nguyen manh hung", "nguyen-manh-hung"],
    ]);
  });

  it("matches whole words only, and acronyms in capitals only", () => {
    expect(entities("Vietnamization, Cambodians' mic check, Viettelecom")).toMatchObject([
      { text: "Cambodians", id: "KH", demonym: true },
    ]);
    expect(entities("the MIC said")).toMatchObject([{ text: "MIC", id: "vn-mic" }]);
  });

  it("resolves brands and aliases to one organization", () => {
    expect(entities("Metfone, marque du groupe Viettel").map((e) => e.id)).toEqual(["viettel", "viettel"]);
  });

  it("reads country adjectives in both languages as the country", () => {
    expect(
      entities("The Vietnamese side and les entreprises vietnamiennes, le ministre cambodgien").map((e) => [
        e.text,
        e.id,
        e.demonym,
      ]),
    ).toEqual([
      // "the Vietnamese side" names the country as an actor, not an adjective
      ["Vietnamese side", "VN", undefined],
      ["vietnamiennes", "VN", true],
      ["cambodgien", "KH", true],
    ]);
  });

  it("lists the other entities that share a name", () => {
    expect(entities("Hung said")[0]).toMatchObject({
      id: "nguyen-manh-hung",
      alternatives: [{ type: "person", id: "hung-other" }],
    });
  });

  it("does not join words across a comma or a full stop", () => {
    expect(entities("Ministry of Information. And Communications").map((e) => e.id)).toEqual(["kh-moi"]);
  });
});
