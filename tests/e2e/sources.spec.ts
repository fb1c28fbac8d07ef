import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const EN = "vna-en-2019-03-14";
const FR = "vna-fr-2019-03-14";
const VISIT = "hung-visit-cambodia-2019-03";
const CYBER = "Commitment: National cyber information safety monitoring centre for Cambodia";

/**
 * These routes have a loading.tsx, so Next has sent "200" and the skeleton before the page calls
 * notFound(): the answer is the not-found page marked noindex (a "soft" 404, Next's documented
 * behaviour for streamed responses), not a 404 status.
 */
async function expectNotFound(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
}

test.describe("sources list", () => {
  test("lists both reports with language, date at its precision and citation count, and filters by language", async ({
    page,
  }) => {
    await page.goto("/sources");
    await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows).toHaveCount(3); // header + 2 sources
    const english = rows.filter({ hasText: "Cambodian PM calls on Vietnam" });
    await expect(english).toContainText("English");
    await expect(english).toContainText("March 2019");
    await expect(english).toContainText("Vietnam News Agency (VNA)");
    await expect(english.getByRole("cell").last()).toHaveText(/^\d+$/);

    await page.getByLabel("Language").selectOption("fr");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/language=fr/);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("link", { name: /Le Cambodge veut recevoir/ })).toBeVisible();
  });

  test("searches the texts, accents folded, and sorts by title through the URL", async ({ page }) => {
    await page.goto("/sources");
    await page.getByRole("searchbox", { name: "Search" }).fill("Metfone");
    await page.getByLabel("Sort by").selectOption("-title");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=Metfone/);
    await expect(page).toHaveURL(/sort=-title/);
    await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("link", { name: /Le Cambodge veut recevoir/ })).toBeVisible();
    await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("Metfone");
  });

  test("as of a day before the reports were published, the list is empty and says why", async ({ page }) => {
    await page.goto("/sources?asOf=2019-01-01");
    await expect(page.getByText(/Viewing the record as of 1 January 2019/)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
    await expect(page.getByText("No source had been published by that day.")).toBeVisible();
    // …and a report not yet published has no page on that day.
    await expectNotFound(page, `/sources/${EN}?asOf=2019-01-01`);
  });

  test("links keep the as-of day", async ({ page }) => {
    await page.goto("/sources?asOf=2019-04-01");
    await page.getByRole("link", { name: /Cambodian PM calls on Vietnam/ }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${EN}\\?asOf=2019-04-01$`));
    await expect(page.getByRole("link", { name: CYBER }).first()).toHaveAttribute(
      "href",
      "/commitments/cyber-monitoring-centre?asOf=2019-04-01",
    );
  });

  test("has no axe violations", async ({ page, expectNoAxeViolations }) => {
    await page.goto("/sources");
    await expectNoAxeViolations();
  });
});

test.describe("a source's page", () => {
  test("shows the text in its language with the cited spans highlighted, paragraphs kept", async ({ page }) => {
    await page.goto(`/sources/${FR}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Le Cambodge veut recevoir/);
    await expect(page.getByText("Vietnam News Agency (VNA)")).toBeVisible();
    const text = page.locator('section[aria-labelledby="full-text-heading"] [lang="fr"]');
    await expect(text).toBeVisible();
    expect(await text.locator("p").count()).toBeGreaterThan(5);
    await expect(
      text.locator("mark").filter({ hasText: "Metfone, marque du groupe vietnamien Viettel" }),
    ).toBeVisible();
    // Text nobody cites stays plain.
    await expect(text.locator("mark").filter({ hasText: "a informé le dirigeant cambodgien" })).toHaveCount(0);
  });

  test("one sentence cited by both signed documents is one highlight offering both links", async ({ page }) => {
    await page.goto(`/sources/${EN}`);
    const sentence = page.locator("mark").filter({ hasText: "signed a cooperation plan and an action programme" });
    await expect(sentence).toHaveCount(1);
    const links = sentence.locator("xpath=following-sibling::a[position() <= 2]");
    await expect(links.nth(0)).toHaveAccessibleName(/Document: 2019 Cooperation Plan/);
    await expect(links.nth(1)).toHaveAccessibleName(/Document: 2019 Action Programme/);
  });

  test("clicking the cyber-centre highlight's link leads to the commitment", async ({ page }) => {
    await page.goto(`/sources/${EN}`);
    await expect(
      page.locator('[lang="en"] mark').filter({ hasText: "national cyber information safety monitoring centre" }),
    ).toBeVisible();
    await page.getByRole("link", { name: CYBER }).first().click();
    await expect(page).toHaveURL(/\/commitments\/cyber-monitoring-centre$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "National cyber information safety monitoring centre for Cambodia",
    );
  });

  test("a highlight's link is reached and followed with the keyboard", async ({ page }) => {
    await page.goto(`/sources/${EN}`);
    const link = page.getByRole("link", { name: /Flag \(sources differ, amount\)/ });
    await expect(link).toBeVisible();
    await link.focus();
    await expect(link).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/commitments\/cyber-monitoring-centre$/);
  });

  test("lists what the source supports by type, and links to the comparison of the event's reports", async ({
    page,
  }) => {
    await page.goto(`/sources/${EN}`);
    const supports = page.locator('section[aria-labelledby="supports-heading"]');
    await expect(supports.getByRole("heading", { level: 3 })).toHaveText([
      /^Events/,
      /^Documents/,
      /^Commitments/,
      /^Status changes/,
      /^Flags/,
    ]);
    await expect(
      supports.getByRole("link", { name: "Talks between Ministers Nguyen Manh Hung and Khieu Kanharith" }),
    ).toHaveAttribute("href", "/events/hung-kanharith-talks-2019-03-14");
    await page.getByRole("link", { name: /Compare with other reports of the same event/ }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/compare\\?event=${VISIT}`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Visit of Minister Nguyen Manh Hung to Cambodia");
  });

  test("an unknown source gets the not-found page", async ({ page }) => {
    await expectNotFound(page, "/sources/no-such-source");
  });

  test("has no axe violations", async ({ page, expectNoAxeViolations }) => {
    await page.goto(`/sources/${EN}`);
    await expectNoAxeViolations();
  });
});

test.describe("reports side by side", () => {
  const url = `/sources/compare?event=${VISIT}`;

  test("shows both texts side by side, each in its language with its highlights", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(url);
    const english = page.locator('section [lang="en"]').filter({ has: page.locator("mark") });
    const french = page.locator('section [lang="fr"]').filter({ has: page.locator("mark") });
    await expect(english).toHaveCount(1);
    await expect(french).toHaveCount(1);
    await expect(english).toContainText("5 million USD centre");
    await expect(french).toContainText("Metfone");
    await expect(english).toBeVisible();
    await expect(french).toBeVisible();
    const [left, right] = [await english.boundingBox(), await french.boundingBox()];
    expect(left!.x).toBeLessThan(right!.x);
    expect(Math.abs(left!.y - right!.y)).toBeLessThan(100);
    // A record both report carries the same number in both columns.
    const cyberNote = (column: typeof english) => column.getByRole("link", { name: CYBER }).first();
    expect(await cyberNote(english).innerText()).toBe(await cyberNote(french).innerText());
  });

  test("stacks the texts at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(url);
    const columns = ["en", "fr"].map((lang) =>
      page.locator(`section [lang="${lang}"]`).filter({ has: page.locator("mark") }),
    );
    // Streamed content first arrives in a hidden node: measure once it is shown.
    for (const column of columns) await expect(column).toBeVisible();
    const [english, french] = [await columns[0]!.boundingBox(), await columns[1]!.boundingBox()];
    expect(french!.y).toBeGreaterThan(english!.y + english!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("lists the differences computed from the data", async ({ page }) => {
    await page.goto(url);
    const differences = page.locator('section[aria-labelledby="differences-heading"]');
    const disagree = differences.getByRole("listitem").filter({ hasText: "USD 5 million" });
    await expect(disagree).toContainText("the French report gives no amount");
    await expect(
      disagree.getByRole("link", { name: "National cyber information safety monitoring centre for Cambodia" }),
    ).toHaveAttribute("href", "/commitments/cyber-monitoring-centre");
    await expect(differences.getByRole("listitem").filter({ hasText: "Viettel" })).toContainText("Metfone");
    await expect(
      differences
        .getByRole("listitem")
        .filter({ hasText: "Talks between Ministers Nguyen Manh Hung and Khieu Kanharith" }),
    ).toContainText("only in the English report");
    await expect(differences.getByRole("listitem").filter({ hasText: "only in the French report" })).toHaveCount(0);
    // What both report is there, folded away.
    const both = differences.locator("details");
    await expect(both.locator("summary")).toHaveText(/Reported by both \(\d+\)/);
    await both.locator("summary").click();
    await expect(
      both.getByRole("link", {
        name: "2019 Cooperation Plan between Vietnam's Ministry of Information and Communications and Cambodia's Ministry of Information",
      }),
    ).toBeVisible();
  });

  test("also compares two sources named by id", async ({ page }) => {
    await page.goto(`/sources/compare?ids=${FR},${EN}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare sources");
    const columns = page.locator('section[aria-labelledby^="text-"] h2');
    await expect(columns.first()).toHaveText(/Le Cambodge veut recevoir/);
    await expect(page.getByText("only in the English report").first()).toBeVisible();
  });

  test("an event with a single report says there is nothing to compare; an unknown one is not found", async ({
    page,
  }) => {
    await page.goto("/sources/compare?event=trong-visit-cambodia-2019");
    await expect(page.getByText(/Only one source reports this event/)).toBeVisible();
    await expect(page.locator("mark")).toHaveCount(0);
    await expectNotFound(page, "/sources/compare?event=no-such-event");
    await expectNotFound(page, `/sources/compare?ids=${EN},no-such-source`);
  });

  test("has no axe violations", async ({ page, expectNoAxeViolations }) => {
    await page.goto(url);
    await page.locator("details summary").click();
    await expectNoAxeViolations();
  });
});
