"use client";

import { CURRENCIES } from "@/lib/money/money";
import { AMOUNT_QUALIFIERS, QUALIFIER_LABELS } from "@/lib/money/qualifier";
import { SelectField, TextField } from "../forms/fields";
import type { AmountValues } from "./value-inputs";

type Path = (string | number)[];

/** The amount group: how exact the source is ("at least", "about", "up to"), the figure, its currency. */
export function AmountFields({
  value: v,
  onChange,
  errorFor,
}: {
  value: AmountValues;
  /** `touches`: the schema field the change feeds, for its error. */
  onChange: (key: keyof AmountValues, next: string, touches: Path) => void;
  errorFor: (path: Path) => string | undefined;
}) {
  return (
    <fieldset className="grid gap-4 rounded border border-line p-3 sm:grid-cols-3">
      <legend className="px-1 text-sm font-semibold">Amount (optional)</legend>
      <SelectField
        label="Amount is"
        value={v.amountQualifier}
        onChange={(x) => onChange("amountQualifier", x, ["amount", "qualifier"])}
        options={AMOUNT_QUALIFIERS.map((q) => ({ value: q, label: QUALIFIER_LABELS[q] }))}
        hint="“More than half a million” is at least 500000."
        error={errorFor(["amount", "qualifier"])}
      />
      <TextField
        label="Amount"
        value={v.amountValue}
        onChange={(x) => onChange("amountValue", x, ["amount", "value"])}
        placeholder="5000000 or 550000.50"
        error={errorFor(["amount", "value"])}
      />
      <SelectField
        label="Currency"
        value={v.amountCurrency}
        onChange={(x) => onChange("amountCurrency", x, ["amount", "currency"])}
        options={CURRENCIES.map((c) => ({ value: c, label: c }))}
        error={errorFor(["amount", "currency"])}
      />
    </fieldset>
  );
}
