/**
 * A commitment's quantity, as the sources give one: a figure to reach ("30 minutes a day"), a
 * move from a baseline ("from 15 to 30 minutes"), or a change ("an increase of 50 MW"), with or
 * without the baseline it starts from. Figures are decimal strings, never floats.
 *
 * The valid combinations:
 *   target                  "30 minutes a day"
 *   baseline + target       "15 → 30 minutes a day"
 *   delta                   "+50 MW"
 *   baseline + delta        "+50 MW from 100 MW"
 *   baseline + target + delta, when baseline + delta = target ("from 100 to 150 MW, +50 MW")
 * A target and a delta without a baseline are refused: a source that gives both gives where they
 * start, and storing two figures whose link nobody can check would let them drift apart.
 */

export interface QuantityFigures {
  baseline?: string | null;
  target?: string | null;
  delta?: string | null;
}

export type QuantityProblem = "no_figure" | "needs_baseline" | "does_not_add_up" | "zero_delta";

// Six decimals at most (the schema's limit), so every figure is an exact integer of millionths.
const SCALE = 6;
const SIGNED_DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** "+50" → 50000000n, "-2.5" → -2500000n; null when it is not a decimal of six places or fewer. */
export function decimalToScaled(text: string): bigint | null {
  const match = SIGNED_DECIMAL.exec(text.trim());
  if (!match || (match[3] ?? "").length > SCALE) return null;
  const magnitude = BigInt(match[2]! + (match[3] ?? "").padEnd(SCALE, "0"));
  return match[1] === "-" ? -magnitude : magnitude;
}

/** Which rule, if any, a quantity's figures break (each present figure already a decimal). */
export function quantityProblem(q: QuantityFigures): QuantityProblem | null {
  if (!q.target && !q.delta) return "no_figure";
  if (q.delta && decimalToScaled(q.delta) === 0n) return "zero_delta";
  if (q.target && q.delta) {
    if (!q.baseline) return "needs_baseline";
    const baseline = decimalToScaled(q.baseline);
    const target = decimalToScaled(q.target);
    const delta = decimalToScaled(q.delta);
    if (baseline === null || target === null || delta === null || baseline + delta !== target) {
      return "does_not_add_up";
    }
  }
  return null;
}

/**
 * A change as stored: no "+" (the sign of an increase is implied), "-" kept, no trailing zeros
 * after the point ("+2.50" → "2.5"), so that it reads, and exports, as the number it is.
 */
export function normalizeDelta(text: string): string {
  const unsigned = text.trim().replace(/^\+/, "");
  return unsigned.includes(".") ? unsigned.replace(/0+$/, "").replace(/\.$/, "") : unsigned;
}
