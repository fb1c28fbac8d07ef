import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, conflictError } from "../../lib/errors/codes";
import { formFailure, toFailure } from "../../lib/errors/failure";
import { fieldMessages } from "../../lib/errors/issues";

const schema = z
  .object({
    title: z.string().min(1, "Give a title"),
    citations: z.array(z.object({ quote: z.string().min(3, "Paste the sentence") })),
  })
  .strict();

describe("failures", () => {
  it("names a refused value's field for API callers, and gives a form the words alone", () => {
    const failure = toFailure(
      new AppError("invalid_body", "This quote is not in the source's text, word for word.", "citations.0.quote"),
    );
    expect(failure).toEqual({
      code: "invalid_body",
      message: "citations.0.quote: This quote is not in the source's text, word for word.",
      field: "citations.0.quote",
      fields: { "citations.0.quote": "This quote is not in the source's text, word for word." },
    });
    expect(formFailure(failure).message).toBe("This quote is not in the source's text, word for word.");
  });

  it("says what happened to the record without naming the field it is shown beside", () => {
    const failure = toFailure(conflictError("event", { version: 3 }));
    expect(failure).toMatchObject({ code: "conflict", field: "version", current: { version: 3 } });
    expect(failure.message).toBe(
      "Someone else saved this event since you opened it. Your input is kept: reload it in another tab, compare, and save again.",
    );
    expect(formFailure(failure).message).toBe(failure.message);
  });

  it("places each zod problem on its field, the first one first; an unknown key on the key", () => {
    const parsed = schema.safeParse({ title: "", citations: [{ quote: "a" }], constructor: 1 });
    expect(parsed.success).toBe(false);
    const failure = toFailure(parsed.error);
    expect(failure.fields).toEqual({
      title: "Give a title",
      "citations.0.quote": "Paste the sentence",
      constructor: 'unknown field "constructor"',
    });
    expect(failure).toMatchObject({ code: "invalid_body", field: "title", message: "title: Give a title" });
    expect(formFailure(failure).message).toBe("Give a title");
    expect(Object.getPrototypeOf(failure.fields)).toBe(Object.prototype);
  });

  it("names a body that is not an object at all", () => {
    const parsed = schema.safeParse([]);
    expect(toFailure(parsed.error)).toMatchObject({
      field: "body",
      message: expect.stringMatching(/^body: .*\(send a JSON object\)$/),
    });
    // A form has no "body": its problems stay on the input as a whole.
    expect(Object.keys(fieldMessages(parsed.error!))).toEqual([""]);
  });
});
