import { describe, expect, it } from "vitest";
import { summarizeParts } from "../../lib/commitments/parts";
import { formatAmount } from "../../lib/format/values";
import { formatQualifiedMoney, totalFitsAmount } from "../../lib/money/qualifier";
import { qualifiedMoneySchema } from "../../lib/money/schema";

describe("amounts in words", () => {
  it("puts the qualifier's words before the figure", () => {
    expect(formatQualifiedMoney("500000", "USD", "at_least")).toBe("at least USD 500,000");
    expect(formatQualifiedMoney("2000000", "EUR", "about")).toBe("about EUR 2,000,000");
    expect(formatQualifiedMoney("10000000.50", "USD", "up_to")).toBe("up to USD 10,000,000.50");
  });

  it("gives an exact amount, or one without a qualifier, as the figure alone", () => {
    expect(formatQualifiedMoney("5000000", "USD", "exact")).toBe("USD 5,000,000");
    expect(formatQualifiedMoney("5000000", "USD", null)).toBe("USD 5,000,000");
    expect(formatAmount({ value: "1500", currency: "VND" })).toBe("VND 1,500");
    expect(formatAmount({ value: "1500", currency: "VND", qualifier: "up_to" })).toBe("up to VND 1,500");
    expect(formatAmount(null)).toBe("—");
  });
});

describe("qualifiedMoneySchema", () => {
  it("is exact unless the input says otherwise", () => {
    expect(qualifiedMoneySchema.parse({ value: "5,000,000", currency: "usd" })).toEqual({
      minor: 500000000n,
      currency: "USD",
      qualifier: "exact",
    });
    expect(qualifiedMoneySchema.parse({ value: "500000", currency: "USD", qualifier: "at_least" }).qualifier).toBe(
      "at_least",
    );
  });

  it("refuses an unknown qualifier on its own field", () => {
    const parsed = qualifiedMoneySchema.safeParse({ value: "5", currency: "USD", qualifier: "roughly" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["qualifier"]);
  });

  it("keeps the money rules: a bad figure is refused on the value", () => {
    const parsed = qualifiedMoneySchema.safeParse({ value: "1,5", currency: "USD", qualifier: "about" });
    expect(parsed.error?.issues[0]?.path).toEqual(["value"]);
  });
});

describe("totalFitsAmount", () => {
  it("needs an exact amount to be met exactly", () => {
    expect(totalFitsAmount(500n, 500n, "exact")).toBe(true);
    expect(totalFitsAmount(499n, 500n, "exact")).toBe(false);
  });

  it("reads at least as a floor and up to as a ceiling", () => {
    expect(totalFitsAmount(600n, 500n, "at_least")).toBe(true);
    expect(totalFitsAmount(400n, 500n, "at_least")).toBe(false);
    expect(totalFitsAmount(400n, 500n, "up_to")).toBe(true);
    expect(totalFitsAmount(600n, 500n, "up_to")).toBe(false);
  });

  it("allows a tenth either way around an approximate amount", () => {
    expect(totalFitsAmount(1_100n, 1_000n, "about")).toBe(true);
    expect(totalFitsAmount(900n, 1_000n, "about")).toBe(true);
    expect(totalFitsAmount(1_101n, 1_000n, "about")).toBe(false);
    expect(totalFitsAmount(899n, 1_000n, "about")).toBe(false);
  });
});

describe("summarizeParts", () => {
  const usd = (minor: bigint) => ({ currency: "USD", minor });
  const whole = (minor: bigint, qualifier = "exact", currency = "USD") => ({ minor, currency, qualifier });

  it("sums the parts per currency, in currency order, as decimal strings", () => {
    const summary = summarizeParts(whole(100_000n), [usd(30_000n), { currency: "EUR", minor: 5_050n }, usd(70_000n)]);
    expect(summary.partsTotal).toEqual([
      { currency: "EUR", value: "50.50" },
      { currency: "USD", value: "1000" },
    ]);
  });

  it("agrees when the parts make the whole", () => {
    expect(summarizeParts(whole(100_000n), [usd(60_000n), usd(40_000n)]).partsDisagree).toBe(false);
  });

  it("disagrees when the sum in the whole's currency differs", () => {
    expect(summarizeParts(whole(100_000n), [usd(60_000n), usd(30_000n)]).partsDisagree).toBe(true);
  });

  it("disagrees when a part is in a currency the whole lacks", () => {
    const parts = [usd(100_000n), { currency: "EUR", minor: 1n }];
    expect(summarizeParts(whole(100_000n), parts).partsDisagree).toBe(true);
  });

  it("weighs the sum against the whole's qualifier", () => {
    expect(summarizeParts(whole(50_000_000n, "at_least"), [usd(40_000_000n), usd(20_000_000n)]).partsDisagree).toBe(
      false,
    );
    expect(summarizeParts(whole(50_000_000n, "up_to"), [usd(40_000_000n), usd(20_000_000n)]).partsDisagree).toBe(true);
  });

  it("flags nothing when the whole has no amount, or no part has one", () => {
    expect(summarizeParts(null, [usd(1n)])).toEqual({
      partsTotal: [{ currency: "USD", value: "0.01" }],
      partsDisagree: false,
    });
    expect(summarizeParts(whole(5n), [])).toEqual({ partsTotal: [], partsDisagree: false });
  });

  it("adds past what a 64-bit integer holds without losing a digit", () => {
    const big = 2n ** 62n;
    const summary = summarizeParts(whole(big), [usd(big), usd(big), usd(big)]);
    expect(summary.partsTotal).toEqual([{ currency: "USD", value: "138350580552821637.12" }]);
    expect(summary.partsDisagree).toBe(true);
  });
});
