/**
 * Who signed, when the text names them: "signed by X, Minister of …, and Y, …", "signé par X et
 * Y", "X signed the agreement for India". Each with the side its apposition names.
 */
import { sidesIn, type OccasionInput } from "./occasion-context";
import type { Span } from "./types";

const HONORIFIC = String.raw`(?:(?:H\.\s?E\.|S\.\s?E\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|M\.|Mme|Madame|Monsieur|Dato['’]?|Samdech)\s*)*`;
// Two to four capitalised words (single letters allowed: "A M A Muhith"); no case folding, so
// that "the minister" is never a name.
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`;
const BY = new RegExp(
  String.raw`(?<![\p{L}])(?:signed|signée?s?|sign[ée]|conclue?|paraphée?)\s+(?:[^.;]{0,80}?\s)?(?:by|par)\s+`,
  "u",
);
const ONE = new RegExp(String.raw`^${HONORIFIC}(${NAME})`, "u");
// Where one signatory's apposition ends: ", and", " et ", the sentence's end.
const NEXT = /,?\s+(?:and|et)\s+|[.;]|,\s+(?=in\s|à\s|at\s|on\s)/u;
// "X signed the agreement for India", "… on behalf of Bangladesh", "… au nom du Sénégal".
const FOR_SIDE = new RegExp(
  String.raw`(${NAME})\s+(?:signed|a signé)\s+[^.;]{0,60}?(?:for|on behalf of|au nom (?:du|de la|de l['’]|des|de)|pour)\s+`,
  "gu",
);

export interface Signatory {
  name: string;
  for?: string;
}

/** The signatories the sentence names; `parties` lets one whose side is unsaid take the other. */
export function readSignatories(input: OccasionInput, sentence: Span, parties: readonly string[]): Signatory[] {
  const out: { name: string; for?: string }[] = [];
  const by = BY.exec(sentence.text);
  if (by) {
    let at = by.index + by[0].length;
    for (let n = 0; n < 4; n++) {
      const rest = sentence.text.slice(at, at + 300);
      const one = ONE.exec(rest);
      if (!one) break;
      const after = at + one[0].length;
      const next = NEXT.exec(sentence.text.slice(after, after + 200));
      const apposition = {
        start: sentence.start + after,
        end: sentence.start + after + (next ? next.index : Math.min(200, sentence.text.length - after)),
        text: "",
      };
      const side = sidesIn(input, apposition)[0];
      out.push({ name: one[1]!.replace(/[.,]$/u, ""), ...(side ? { for: side } : {}) });
      if (!next || !/(?:and|et)\s+$/u.test(next[0])) break;
      at = after + next.index + next[0].length;
    }
  }
  for (const m of sentence.text.matchAll(FOR_SIDE)) {
    const tail = {
      start: sentence.start + m.index + m[0].length,
      end: sentence.start + m.index + m[0].length + 40,
      text: "",
    };
    const side = sidesIn(input, tail)[0];
    if (!out.some((s) => s.name === m[1])) out.push({ name: m[1]!, ...(side ? { for: side } : {}) });
  }
  // Two signatories for two parties: the one whose side is unsaid signed for the other party.
  if (out.length === 2 && parties.length === 2) {
    const [a, b] = out as [Signatory, Signatory];
    if (!a.for && b.for) a.for = parties.find((p) => p !== b.for);
    if (!b.for && a.for) b.for = parties.find((p) => p !== a.for);
  }
  return out;
}
