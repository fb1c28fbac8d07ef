/**
 * Case and accent folding that remembers where each folded character came from, so a match found
 * in the folded text maps back to an exact span of the original ("Viêt Nam" ↔ "viet nam").
 */

const SPECIAL: Record<string, string> = {
  đ: "d",
  Đ: "d",
  œ: "oe",
  Œ: "oe",
  æ: "ae",
  Æ: "ae",
  ß: "ss",
  "’": "'",
  "‘": "'",
  ʼ: "'",
  "`": "'",
  "´": "'",
  "‐": "-",
  "‑": "-",
  "‒": "-",
  "–": "-",
  "—": "-",
};

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (ch.charCodeAt(0) < 128) return ch.toLowerCase();
  return ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface Folded {
  text: string;
  /** Original offset of the character each folded unit came from. */
  from: Int32Array;
  /** Original offset just after that character. */
  to: Int32Array;
}

export function fold(original: string): Folded {
  const parts: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  for (let i = 0; i < original.length;) {
    const code = original.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = original.slice(i, i + width);
    const f = foldChar(ch);
    parts.push(f);
    for (let k = 0; k < f.length; k++) {
      from.push(i);
      to.push(i + width);
    }
    i += width;
  }
  return { text: parts.join(""), from: Int32Array.from(from), to: Int32Array.from(to) };
}

/** Folds a name the same way, for building lookups. */
export function foldString(text: string): string {
  let out = "";
  for (const ch of text) out += foldChar(ch);
  return out;
}
