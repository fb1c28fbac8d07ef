import { parseCsv } from "./csv";

// Comparing a server's answers with those an earlier release gave (tests/integration/migrate-forward.test.ts).

/**
 * Where `now` differs from what the release answered: every field it answered must hold the same
 * value (arrays the same length, in the same order); fields it did not have may appear.
 */
export function differences(before: unknown, now: unknown, at: string): string[] {
  if (Array.isArray(before)) {
    if (!Array.isArray(now) || now.length !== before.length)
      return [`${at}: ${Array.isArray(now) ? `${now.length} items` : JSON.stringify(now)}, was ${before.length} items`];
    return before.flatMap((item, i) => differences(item, now[i], `${at}/${i}`));
  }
  if (before !== null && typeof before === "object") {
    if (now === null || typeof now !== "object" || Array.isArray(now))
      return [`${at}: ${JSON.stringify(now)}, was an object`];
    return Object.entries(before).flatMap(([key, value]) =>
      differences(value, (now as Record<string, unknown>)[key], `${at}/${key}`),
    );
  }
  return Object.is(before, now) ? [] : [`${at}: ${JSON.stringify(now)}, was ${JSON.stringify(before)}`];
}

/** A CSV export compared by column name: the release's columns keep their values, row by row. */
export function csvDifferences(before: string, now: string, at: string): string[] {
  const [oldHead = [], ...oldRows] = parseCsv(before);
  const [newHead = [], ...newRows] = parseCsv(now);
  const problems = oldHead.filter((c) => !newHead.includes(c)).map((c) => `${at}: column ${c} is gone`);
  if (newRows.length !== oldRows.length) return [...problems, `${at}: ${newRows.length} rows, was ${oldRows.length}`];
  oldRows.forEach((row, r) =>
    oldHead.forEach((column, c) => {
      const value = newRows[r]![newHead.indexOf(column)];
      if (newHead.includes(column) && value !== row[c])
        problems.push(`${at} row ${r + 1} ${column}: ${JSON.stringify(value)}, was ${JSON.stringify(row[c])}`);
    }),
  );
  return problems;
}
