import { describe, expect, it } from "vitest";
import { decimalToScaled, quantityProblem } from "../../lib/commitments/quantity";
import { quantitySchema } from "../../lib/commitments/schema";
import { describeChange, formatQuantity } from "../../lib/format/values";

const parse = (input: object) => quantitySchema.safeParse({ unit: "MW", ...input });
const firstIssue = (input: object) => {
  const parsed = parse(input);
  return parsed.success ? null : { path: parsed.error.issues[0]!.path, message: parsed.error.issues[0]!.message };
};

describe("the quantity combinations the schema accepts", () => {
  it("takes a target alone, and a baseline with a target", () => {
    expect(parse({ target: "30" }).success).toBe(true);
    expect(parse({ baseline: "15", target: "30" }).success).toBe(true);
  });

  it("takes a change alone, and a change from a baseline, storing an increase without its plus", () => {
    expect(parse({ delta: "+50" }).data).toEqual({ delta: "50", unit: "MW", atLeast: false });
    expect(parse({ delta: "-2.5", baseline: "100" }).data).toMatchObject({ delta: "-2.5", baseline: "100" });
    expect(parse({ delta: "+2.50" }).data?.delta).toBe("2.5");
    expect(parse({ delta: "-40.0" }).data?.delta).toBe("-40");
  });

  it("takes a baseline, a target and a change that add up", () => {
    expect(parse({ baseline: "100", target: "150", delta: "50" }).success).toBe(true);
    expect(parse({ baseline: "10.5", target: "8", delta: "-2.5" }).success).toBe(true);
  });

  it("refuses a quantity with neither a target nor a change, on the target", () => {
    expect(firstIssue({ baseline: "15" })).toEqual({ path: ["target"], message: "Give a target, a change, or both" });
  });

  it("refuses a target and a change without the baseline they start from", () => {
    expect(firstIssue({ target: "150", delta: "50" })?.path).toEqual(["baseline"]);
  });

  it("refuses a baseline, a target and a change that do not add up, on the change", () => {
    expect(firstIssue({ baseline: "100", target: "150", delta: "40" })?.path).toEqual(["delta"]);
  });

  it("refuses a change of zero and a change that is not a number", () => {
    expect(firstIssue({ delta: "-0.0" })?.path).toEqual(["delta"]);
    expect(firstIssue({ delta: "fifty" })?.path).toEqual(["delta"]);
    expect(firstIssue({ delta: "+-5" })?.path).toEqual(["delta"]);
  });
});

describe("quantityProblem", () => {
  it("names each broken rule", () => {
    expect(quantityProblem({})).toBe("no_figure");
    expect(quantityProblem({ delta: "0" })).toBe("zero_delta");
    expect(quantityProblem({ target: "3", delta: "1" })).toBe("needs_baseline");
    expect(quantityProblem({ baseline: "1", target: "3", delta: "1" })).toBe("does_not_add_up");
    expect(quantityProblem({ baseline: "1", target: "3", delta: "2" })).toBeNull();
  });

  it("compares decimals exactly, without floats", () => {
    expect(decimalToScaled("0.1")! + decimalToScaled("0.2")!).toBe(decimalToScaled("0.3"));
    expect(quantityProblem({ baseline: "0.1", target: "0.3", delta: "0.2" })).toBeNull();
    expect(decimalToScaled("1.0000001")).toBeNull();
  });
});

describe("quantities as people read them", () => {
  const q = (fields: { baseline?: string; target?: string; delta?: string; atLeast?: boolean; unit?: string }) => ({
    baseline: fields.baseline ?? null,
    target: fields.target ?? null,
    delta: fields.delta ?? null,
    unit: fields.unit ?? "MW",
    atLeast: fields.atLeast ?? false,
  });

  it("writes a target and a move from a baseline", () => {
    expect(formatQuantity(q({ target: "3", unit: "hours", atLeast: true }))).toBe("at least 3 hours");
    expect(formatQuantity(q({ baseline: "15", target: "30", unit: "minutes per day" }))).toBe(
      "15 → 30 minutes per day",
    );
  });

  it("writes a change with its sign, and in words", () => {
    expect(formatQuantity(q({ delta: "50" }))).toBe("+50 MW");
    expect(describeChange(q({ delta: "50" }))).toBe("an increase of 50 MW");
    expect(formatQuantity(q({ delta: "-2.5", unit: "%" }))).toBe("−2.5 %");
    expect(describeChange(q({ delta: "-2.5", unit: "%" }))).toBe("a decrease of 2.5 %");
    expect(describeChange(q({ delta: "50", atLeast: true }))).toBe("an increase of at least 50 MW");
  });

  it("writes a change from a baseline, and all three figures", () => {
    expect(formatQuantity(q({ baseline: "100", delta: "50" }))).toBe("+50 MW from 100 MW");
    expect(formatQuantity(q({ baseline: "100", target: "150", delta: "50" }))).toBe("100 → 150 MW (+50 MW)");
    expect(describeChange(q({ target: "30" }))).toBeNull();
  });
});
