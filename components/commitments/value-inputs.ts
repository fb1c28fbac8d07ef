// The amount, target and quantity groups' values as the form holds them, and as the schema takes
// them. Apart from the field components (client modules), so that the server can build a form's
// first values with them too.

export interface AmountValues {
  amountValue: string;
  amountCurrency: string;
  amountQualifier: string;
}

export interface TargetValues {
  targetDate: string;
  /** "A range" was chosen: the end date is asked for. */
  targetRange: boolean;
  targetEndDate: string;
}

export interface QuantityValues {
  hasQuantity: boolean;
  baseline: string;
  /** The quantity's target figure (the form's `targetDate` is the commitment's target date). */
  target: string;
  delta: string;
  unit: string;
  scope: string;
  atLeast: boolean;
}

const opt = (text: string) => (text.trim() ? text : undefined);

/** The amount: null when no figure was typed. */
export function amountInput(v: AmountValues) {
  return v.amountValue.trim()
    ? { value: v.amountValue, currency: v.amountCurrency, qualifier: v.amountQualifier }
    : null;
}

/**
 * The target: null when nothing was typed; a range sends its end even when blank, so that the
 * schema asks for it instead of saving a single date unnoticed.
 */
export function targetInput(v: TargetValues) {
  if (!v.targetRange) return v.targetDate.trim() ? { date: v.targetDate } : null;
  return v.targetDate.trim() || v.targetEndDate.trim() ? { date: v.targetDate, end: v.targetEndDate } : null;
}

/** The quantity: null unless the box is ticked. */
export function quantityInput(v: QuantityValues) {
  return v.hasQuantity
    ? {
        baseline: opt(v.baseline),
        target: opt(v.target),
        delta: opt(v.delta),
        unit: v.unit,
        scope: opt(v.scope),
        atLeast: v.atLeast,
      }
    : null;
}
