import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../lib/extract/language";

describe("detectLanguage", () => {
  it("tells English from French on a sentence or two", () => {
    expect(
      detectLanguage("The minister said that the two countries will sign an agreement on trade in the spring."),
    ).toBe("en");
    expect(
      detectLanguage("Le ministre a déclaré que les deux pays signeront un accord sur le commerce au printemps."),
    ).toBe("fr");
  });

  it("is not fooled by English possessives or shared words", () => {
    expect(
      detectLanguage("Vietnam's minister and Cambodia's minister met in Phnom Penh, where they discussed the plan."),
    ).toBe("en");
    expect(detectLanguage("Il a fait cette proposition lors d’une réception à Phnom Penh.")).toBe("fr");
  });

  it("says und when there is too little to go on", () => {
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage("Hun Sen, Phnom Penh")).toBe("und");
    expect(detectLanguage("Nguyễn Mạnh Hùng gặp Thủ tướng Hun Sen tại Phnom Penh")).toBe("und");
  });
});
