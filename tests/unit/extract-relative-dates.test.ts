import { describe, expect, it } from "vitest";
import { extractDates } from "../../lib/extract/dates";
import type { DateSuggestion, Language } from "../../lib/extract/types";

function dates(text: string, language: Language, published: string | null): DateSuggestion[] {
  const found = extractDates(text, language, published);
  for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
  return found;
}
const one = (text: string, language: Language, published: string | null) => {
  const found = dates(text, language, published);
  expect(found).toHaveLength(1);
  return found[0]!;
};
// A partial date is stored as the first day of its period.
const value = (date: string, precision: "day" | "month" | "year") => ({
  date: precision === "year" ? `${date.slice(0, 4)}-01-01` : precision === "month" ? `${date.slice(0, 7)}-01` : date,
  precision,
});

// 2021-06-09 was a Wednesday.
const WED = "2021-06-09";

describe("English dates relative to publication", () => {
  it("reads deictic days", () => {
    expect(one("The two ministers met yesterday in the capital.", "en", WED)).toMatchObject({
      text: "yesterday",
      value: value("2021-06-08", "day"),
      relative: true,
    });
    expect(one("Today the delegation flew home.", "en", WED).value).toEqual(value(WED, "day"));
    expect(one("talks resume tomorrow", "en", WED).value).toEqual(value("2021-06-10", "day"));
  });

  it("reads a weekday as the last one, unless the clause points ahead", () => {
    expect(one("The deal was signed on Monday in the port city.", "en", WED).value).toEqual(value("2021-06-07", "day"));
    expect(one("The committee will meet on Friday.", "en", WED).value).toEqual(value("2021-06-11", "day"));
    expect(one("They met last Wednesday.", "en", WED).value).toEqual(value("2021-06-02", "day"));
    expect(one("They meet next Monday.", "en", WED).value).toEqual(value("2021-06-14", "day"));
  });

  it("leaves a weekday to the full date that follows it", () => {
    expect(one("on Monday, June 7, 2021", "en", WED).value).toEqual(value("2021-06-07", "day"));
  });

  it("reads years and months around publication", () => {
    expect(one("The plant should open this year.", "en", WED).value).toEqual(value("2021", "year"));
    expect(one("in grants over the next year", "en", "2021-06").value).toEqual(value("2022", "year"));
    expect(one("trade fell last year", "en", "2021").value).toEqual(value("2020", "year"));
    expect(one("during his visit last June", "en", "2021-03").value).toEqual(value("2020-06", "month"));
    expect(one("during his visit last February", "en", "2021-03").value).toEqual(value("2021-02", "month"));
    expect(one("a summit in April this year", "en", WED)).toMatchObject({
      text: "April this year",
      value: value("2021-04", "month"),
    });
    expect(one("before the end of the year", "en", WED).value).toEqual(value("2021-12", "month"));
  });

  it("reads spans back and ahead of publication", () => {
    expect(one("the fund promised a year ago", "en", WED).value).toEqual(value("2020-06", "month"));
    expect(one("a road opened three years ago", "en", WED).value).toEqual(value("2018", "year"));
    expect(one("to be finished within two years", "en", WED).value).toEqual(value("2023-06", "month"));
  });

  it("points the same day at the last day given before it", () => {
    const found = dates("The talks opened on 3 May. On the same day, both sides signed a plan.", "en", WED);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["3 May", value("2021-05-03", "day")],
      ["On the same day", value("2021-05-03", "day")],
    ]);
    expect(one("Earlier in the day, the minister spoke.", "en", WED).value).toEqual(value(WED, "day"));
  });

  it("leaves a capitalised word inside a name alone", () => {
    expect(dates("as Laos Today reported", "en", WED)).toEqual([]);
    expect(one("Today, as reported", "en", WED).value).toEqual(value(WED, "day"));
    expect(one("He said: Yesterday was calm.", "en", WED).value).toEqual(value("2021-06-08", "day"));
  });

  it("needs a publication date precise enough", () => {
    expect(dates("They met yesterday.", "en", "2021-06")).toEqual([]);
    expect(dates("They met yesterday.", "en", null)).toEqual([]);
  });
});

describe("French dates relative to publication", () => {
  it("reads deictic days and parts of days", () => {
    expect(one("Le ministre est arrivé hier soir à la capitale.", "fr", WED)).toMatchObject({
      text: "hier soir",
      value: value("2021-06-08", "day"),
    });
    expect(one("Les deux pays ont signé ce matin un accord.", "fr", WED).value).toEqual(value(WED, "day"));
    expect(one("Aujourd’hui, la délégation repart.", "fr", WED).value).toEqual(value(WED, "day"));
  });

  it("reads weekdays, and the same day after one", () => {
    const found = dates("Le don a été annoncé lundi. Le même jour, un accord a été signé.", "fr", WED);
    expect(found.map((d) => [d.text, d.value])).toEqual([
      ["lundi", value("2021-06-07", "day")],
      ["Le même jour", value("2021-06-07", "day")],
    ]);
    expect(one("La commission se réunira vendredi.", "fr", WED).value).toEqual(value("2021-06-11", "day"));
    expect(one("le lundi 7 juin 2021", "fr", WED).text).toBe("7 juin 2021");
  });

  it("reads years, months and spans", () => {
    expect(one("une visite en mai prochain", "fr", "2021-06").value).toEqual(value("2022-05", "month"));
    expect(one("depuis janvier dernier", "fr", "2021-06").value).toEqual(value("2021-01", "month"));
    expect(one("l’an prochain", "fr", "2021").value).toEqual(value("2022", "year"));
    expect(one("cette année", "fr", "2021").value).toEqual(value("2021", "year"));
    expect(one("une école ouverte il y a seulement cinq ans", "fr", WED).value).toEqual(value("2016", "year"));
    expect(one("le chantier sera achevé dans deux ans", "fr", WED).value).toEqual(value("2023-06", "month"));
  });
});

describe("years that are not dates of the news", () => {
  it("skips a year that names an instrument", () => {
    expect(dates("the 1994 Framework Convention on the sea", "en", WED)).toEqual([]);
    expect(dates("l’amendement de l’accord sur la pêche de 2003 et", "fr", WED)).toEqual([]);
    expect(dates("the protocol of 2003", "en", WED)).toEqual([]);
    expect(one("the growth of 2020", "en", WED).value).toEqual(value("2020", "year"));
  });

  it("reads the end of a year as its last month and year ranges in words", () => {
    expect(one("By the end of 2025, the loan", "en", WED).value).toEqual(value("2025-12", "month"));
    expect(one("d’ici fin 2025", "fr", WED).value).toEqual(value("2025-12", "month"));
    expect(one("from 2021 to 2025", "en", WED).value).toEqual({
      start: value("2021-01-01", "year"),
      end: value("2025-01-01", "year"),
    });
    expect(one("entre 2021 et 2025", "fr", WED).value).toMatchObject({ end: value("2025-01-01", "year") });
    expect(one("high-level visits in the year 2023", "en", WED).value).toEqual(value("2023", "year"));
  });
});
