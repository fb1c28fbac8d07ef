import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkTitles, storedTitles, titleColumns, titleFor, titlesInput } from "@/lib/records/titles";

const schema = z.object(titlesInput()).superRefine(checkTitles());

describe("titles in two languages", () => {
  it("needs one title at least, in either language", () => {
    expect(schema.safeParse({}).success).toBe(false);
    expect(schema.safeParse({ titleEn: "  " }).success).toBe(false);
    expect(schema.safeParse({ titleFr: "Plan de coopération" }).success).toBe(true);
    expect(schema.safeParse({ title: "Cooperation plan" }).success).toBe(true);
  });

  it("names the field that is too short", () => {
    const parsed = schema.safeParse({ titleEn: "Cooperation plan", titleFr: "Pl" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["titleFr"]);
  });

  it("shows the English title, or the French one when there is no English", () => {
    expect(titleColumns({ titleEn: "Plan", titleFr: "Plan fr" })).toEqual({
      title: "Plan",
      titleEn: "Plan",
      titleFr: "Plan fr",
    });
    expect(titleColumns({ titleFr: "Plan d'action" })).toEqual({
      title: "Plan d'action",
      titleEn: null,
      titleFr: "Plan d'action",
    });
    // An older client's `title` is the English title.
    expect(titleColumns({ title: "Old field" }).titleEn).toBe("Old field");
  });

  it("gives the reader's language first and marks a fallback", () => {
    const frOnly = storedTitles({ title: "Plan d'action", titleEn: null, titleFr: "Plan d'action" });
    expect(frOnly).toEqual({ en: null, fr: "Plan d'action" });
    expect(titleFor(frOnly, "en")).toEqual({ text: "Plan d'action", language: "fr", fallback: true });
    const legacy = storedTitles({ title: "Visit", titleEn: null, titleFr: null });
    expect(titleFor(legacy, "fr")).toEqual({ text: "Visit", language: "en", fallback: true });
    expect(titleFor({ en: "Visit", fr: "Visite" }, "fr")).toEqual({ text: "Visite", language: "fr", fallback: false });
  });
});
