import { describe, expect, it } from "vitest";
import { splitSentences } from "../../lib/extract/sentences";

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps offsets exact", () => {
    const text = "  First one here. Second one there!\n\nThird?  ";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(["First one here.", "Second one there!", "Third?"]);
  });

  it("does not split after abbreviations, initials or dotted acronyms", () => {
    expect(
      texts("Dr. Nguyen met Mr. J. F. Smith of the U.S. Embassy on Jan. 5 at 3 p.m. in Hanoi. It went well."),
    ).toEqual(["Dr. Nguyen met Mr. J. F. Smith of the U.S. Embassy on Jan. 5 at 3 p.m. in Hanoi.", "It went well."]);
    expect(texts("Aid came from the U.S. The talks ended.")).toEqual(["Aid came from the U.S.", "The talks ended."]);
    expect(texts("M. Hun Sen a reçu Mme Lan. Ils ont parlé.")).toEqual([
      "M. Hun Sen a reçu Mme Lan.",
      "Ils ont parlé.",
    ]);
  });

  it("treats PM without a period as a word and numbers with dots as numbers", () => {
    expect(texts("PM Hun Sen spoke. The 1.5 million figure stands.")).toEqual([
      "PM Hun Sen spoke.",
      "The 1.5 million figure stands.",
    ]);
  });

  it("ends a sentence after a closing quote and keeps the quote", () => {
    expect(texts("He said: “We will help.” She agreed.")).toEqual(["He said: “We will help.”", "She agreed."]);
  });

  it("does not split before a lowercase word", () => {
    expect(texts("The plan (approx. three pages) was signed.")).toEqual(["The plan (approx. three pages) was signed."]);
  });

  it("drops agency signatures and keeps captions and headlines apart", () => {
    const text =
      "Le Cambodge veut recevoir l’aide du Vietnam hinh anh 1 Le ministre (droite). Photo: VNA\n\nIls ont signé un plan. -VNA";
    expect(texts(text)).toEqual([
      "Le Cambodge veut recevoir l’aide du Vietnam",
      "Le ministre (droite).",
      "Photo: VNA",
      "Ils ont signé un plan.",
    ]);
    expect(texts("Minister Hung thanked the ministry.-VNA")).toEqual(["Minister Hung thanked the ministry."]);
  });

  it("ends a sentence at a line break even without a period", () => {
    expect(texts("Hun Sen (R) and Nguyen Manh Hung\nPM Hun Sen made the proposal.")).toEqual([
      "Hun Sen (R) and Nguyen Manh Hung",
      "PM Hun Sen made the proposal.",
    ]);
  });
});
