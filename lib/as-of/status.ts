// The as-of rules for a commitment, in TypeScript: what a status history says on a day.
// status-sql.ts and where-sql.ts say the same in SQL, and tests/unit/as-of-rules.test.ts checks
// that the two agree on generated histories: change one, change the other.

/** A status change as the as-of rules see it. */
export interface DatedChange {
  toStatus: string;
  effectiveDate: string;
  recordedAt?: Date | string;
  id?: string;
}

const recordedTime = (change: DatedChange) => (change.recordedAt ? new Date(change.recordedAt).getTime() : 0);

/**
 * History order: by effective date, then by when the change was recorded, then by id (SQL's
 * `historyOrderSql`). Every history the app reads comes from SQL already in this order.
 */
export function compareHistory(a: DatedChange, b: DatedChange): number {
  if (a.effectiveDate !== b.effectiveDate) return a.effectiveDate < b.effectiveDate ? -1 : 1;
  const byTime = recordedTime(a) - recordedTime(b);
  if (byTime !== 0 || a.id === undefined || b.id === undefined || a.id === b.id) return byTime;
  return a.id < b.id ? -1 : 1;
}

/** A change is known on a day once its effective period has started (a month counts from its first day). */
export const changeKnownOn = (change: Pick<DatedChange, "effectiveDate">, asOf: string): boolean =>
  change.effectiveDate <= asOf;

/** The part of a history (in history order) known on a day. */
export function historyAsOf<T extends Pick<DatedChange, "effectiveDate">>(history: readonly T[], asOf: string): T[] {
  return history.filter((change) => changeKnownOn(change, asOf));
}

/** A commitment is known on a day once any change of its history is. */
export function commitmentKnownOn(history: readonly Pick<DatedChange, "effectiveDate">[], asOf: string): boolean {
  return history.some((change) => changeKnownOn(change, asOf));
}

/**
 * The change in force on a day, of a history in history order: the last one known by then.
 * Null when nothing was known yet.
 */
export function changeInForce<T extends DatedChange>(history: readonly T[], asOf: string): T | null {
  return historyAsOf(history, asOf).at(-1) ?? null;
}

/** The same for changes in any order. */
export function statusAsOf<T extends DatedChange>(changes: readonly T[], asOf: string): T | null {
  return changeInForce([...changes].sort(compareHistory), asOf);
}
