import Database from "better-sqlite3";
import { countRead, pageIdsRead } from "../../lib/commitments/page-sql";
import { commitmentFilterSchema } from "../../lib/commitments/schema";
import { commitmentRowsRead, commitmentSummaryRowsRead } from "../../lib/commitments/rows-sql";
import { toFtsQuery } from "../../lib/search/fts";
import { SEARCH_TYPES } from "../../lib/search/schema";
import { marksSql, rankedSql } from "../../lib/search/search-sql";
import { Prisma } from "../../lib/db/client";
import { percentile } from "./load";

// The floors: what the same reads cost on raw better-sqlite3, one connection, no HTTP, no ORM,
// no rendering. The list and as-of floors run the app's own page, count and row statements
// (page-sql.ts, rows-sql.ts), the country and pair filters included (sides-sql.ts); the count is
// computed every time (the app keeps it until the data changes).

/** The i-th day from 1 January 2000: a target range never asked before, for "new filter" runs. */
export const nthDay = (i: number) => new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10);

export interface Floor {
  perSecond: number;
  p50: number;
  p99: number;
  runs: number;
}

function measure(seconds: number, run: (i: number) => void): Floor {
  const times: number[] = [];
  const deadline = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < deadline; i++) {
    const t = performance.now();
    run(i);
    times.push(performance.now() - t);
  }
  const total = times.reduce((a, b) => a + b, 0) / 1000;
  times.sort((a, b) => a - b);
  return {
    perSecond: times.length / total,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    runs: times.length,
  };
}

export type FloorName =
  "list" | "country" | "pair" | "listSummary" | "listSummaryNew" | "search" | "listQ" | "detail" | "asOf";

/**
 * The raw-SQL floors on one read-only connection; `measure(name)` times one of them for `seconds`.
 * The bench measures each floor just before the API scenario it is compared with, so that both
 * run under the same load from whatever else shares the machine.
 */
export function openFloors(
  file: string,
  seconds: number,
  sample: {
    sectors: string[];
    countries: string[];
    pairs: string[];
    terms: string[];
    ids: string[];
    asOf: string;
    today: string;
  },
) {
  const db = new Database(file, { readonly: true });
  db.pragma("foreign_keys = ON");
  const prepared = new Map<string, Database.Statement>();
  const all = (sql: string, values: unknown[] = []) => {
    let statement = prepared.get(sql);
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)));
    return statement.all(...values);
  };
  const q = (s: Prisma.Sql) => all(s.sql, s.values);

  /** The rows of a page with every relation the JSON shows: the app's own one statement, parsed. */
  function rows(ids: string[]) {
    if (!ids.length) return [];
    return (q(commitmentRowsRead.sql(ids)) as { doc: string }[]).map((r) => JSON.parse(r.doc) as unknown);
  }

  /** The same page as the tables read it (API v1 with view=summary). */
  function summaries(ids: string[]) {
    if (!ids.length) return [];
    return (q(commitmentSummaryRowsRead.sql(ids)) as { doc: string }[]).map((r) => JSON.parse(r.doc) as unknown);
  }

  function page(params: Record<string, string>, read: (ids: string[]) => unknown[] = rows) {
    const filter = commitmentFilterSchema.parse(params);
    const ids = (q(pageIdsRead.sql(filter, sample.today, filter.pageSize, 0)) as { id: string }[]).map((r) => r.id);
    q(countRead.sql(filter, sample.today));
    return read(ids);
  }

  // The same two statements as search() (lib/search/search-sql.ts), every type, 10 per type.
  function search(text: string) {
    const fts = toFtsQuery(text)!;
    const ranked = q(rankedSql(fts, SEARCH_TYPES, 10, undefined)) as { rid: number }[];
    if (ranked.length)
      q(
        marksSql(
          fts,
          ranked.map((r) => Number(r.rid)),
        ),
      );
  }

  const runs: Record<FloorName, (i: number) => unknown> = {
    list: (i) => page({ status: "announced", sector: sample.sectors[i % sample.sectors.length]! }),
    country: (i) => page({ country: sample.countries[i % sample.countries.length]! }),
    pair: (i) => page({ pair: sample.pairs[i % sample.pairs.length]! }),
    listSummary: (i) => page({ status: "announced", sector: sample.sectors[i % sample.sectors.length]! }, summaries),
    listSummaryNew: (i) => page({ status: "announced", sector: sample.sectors[0]!, targetFrom: nthDay(i) }, summaries),
    search: (i) => search(sample.terms[i % sample.terms.length]!),
    listQ: (i) => page({ q: sample.terms[i % sample.terms.length]! }),
    detail: (i) => rows([sample.ids[i % sample.ids.length]!]),
    asOf: () => page({ asOf: sample.asOf, overdue: "true" }),
  };
  return {
    measure: (name: FloorName) => measure(seconds, runs[name]),
    close: () => db.close(),
  };
}
