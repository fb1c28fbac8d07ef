import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const CYBER = "National cyber information safety monitoring centre for Cambodia";

const tableRows = (page: Page) => page.getByRole("table", { name: /Commitments with/ }).locator("tbody tr");

test("the overview counts commitments by status and kind, lists the overdue one and the pledged amount", async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  const byStatus = page.getByRole("region", { name: "By status" });
  await expect(byStatus.getByRole("row", { name: /Announced/ })).toContainText("8");
  await expect(byStatus.getByRole("row", { name: /Agreed/ })).toContainText("1");
  await expect(page.getByRole("region", { name: "By kind" }).getByRole("row", { name: /Pledge/ })).toContainText("3");
  await expect(page.getByText("USD 5,000,000").first()).toBeVisible();
  const overdue = page.getByRole("region", { name: "Overdue commitments" });
  await expect(overdue.getByRole("link", { name: CYBER })).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Events" })
      .getByRole("link", { name: "Visit of Minister Nguyen Manh Hung to Cambodia" }),
  ).toBeVisible();
  await expectNoAxeViolations();
});

test("the overview narrows to a pair typed in the country pickers, and its counts open the pair's list", async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto("/");
  const scope = page.getByRole("form", { name: "Countries to count" });
  // Before the page's script runs, a native select stands in for each picker.
  await expect(scope.getByRole("combobox", { name: "Country" })).toHaveAttribute("aria-autocomplete", "list");
  await scope.getByRole("combobox", { name: "Country" }).fill("Cambodge");
  await page.keyboard.press("Enter");
  await scope.getByRole("combobox", { name: /And another/ }).fill("France");
  await page.keyboard.press("Enter");
  await scope.getByRole("button", { name: "Count" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview: Cambodia ↔ France" })).toBeVisible();
  await expect(page.getByTestId("overview-total")).toHaveText("0");
  await expect(page.getByRole("region", { name: "Events" })).toContainText("No events recorded");

  await page.goto("/?pair=VN-KH");
  await expect(page.getByRole("heading", { level: 1, name: "Overview: Vietnam ↔ Cambodia" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Country" })).toHaveValue("Vietnam");
  const announced = page.getByRole("region", { name: "By status" }).getByRole("link", { name: /Announced/ });
  await announced.click();
  await expect(page).toHaveURL(/\/commitments\?pair=VN-KH&status=announced$/);
  await expect(tableRows(page)).toHaveCount(8);
  await page.goBack();
  await page.getByRole("link", { name: "All countries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expectNoAxeViolations();
});

test("filtering by status and sector changes the URL and the rows, and the back button restores them", async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto("/commitments");
  await expect(tableRows(page)).toHaveCount(9);
  const form = page.getByRole("form", { name: "Filter commitments" });
  await form.getByRole("checkbox", { name: "Announced" }).check();
  await form.getByRole("checkbox", { name: "Cybersecurity" }).check();
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=announced/);
  await expect(page).toHaveURL(/sector=cybersecurity/);
  await expect(tableRows(page)).toHaveCount(2);
  await expect(page.getByText("2 commitments.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Filters in force" })).toContainText("Sector: Cybersecurity");

  await page.getByRole("link", { name: /Sector: Cybersecurity/ }).click();
  await expect(page).not.toHaveURL(/sector=/);
  await expect(tableRows(page)).toHaveCount(8);
  await page.goBack();
  await expect(tableRows(page)).toHaveCount(2);
  await expectNoAxeViolations();
});

test("sorting by a column reorders the rows and says so", async ({ page }) => {
  await page.goto("/commitments");
  await page
    .getByRole("columnheader", { name: /Commitment/ })
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(/sort=title/);
  const header = page.getByRole("columnheader", { name: /Commitment/ });
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  const titles = await tableRows(page).locator("td:first-child a").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  await page
    .getByRole("columnheader", { name: /Commitment/ })
    .getByRole("link")
    .click();
  await expect(header).toHaveAttribute("aria-sort", "descending");
  expect(await tableRows(page).locator("td:first-child a").allTextContents()).toEqual([...titles].reverse());
});

test("the CSV export holds exactly the filtered rows", async ({ page }) => {
  await page.goto("/commitments?kind=request");
  await expect(tableRows(page)).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^pact-commitments-.*\.csv$/);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const lines = Buffer.concat(chunks).toString("utf8").trim().split("\r\n");
  expect(lines[0]).toMatch(/^id,title,kind,status/);
  expect(
    lines
      .slice(1)
      .map((l) => l.split(",")[0])
      .sort(),
  ).toEqual(["support-vietnamese-telecom-investors", "vov-khmer-programmes"]);
});

test("the cyber centre's page shows its amount, target, timeline and both reports' citations", async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.goto("/commitments");
  await page.getByRole("link", { name: CYBER }).click();
  await expect(page).toHaveURL(/\/commitments\/cyber-monitoring-centre$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CYBER);
  await expect(page.getByText("USD 5,000,000")).toBeVisible();
  await expect(page.getByText("(precision: year)")).toBeVisible();
  await expect(page.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(page.getByText("Prime Minister of Vietnam")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Status timeline" });
  await expect(timeline.getByText("14 March 2019")).toBeVisible();
  await expect(timeline.getByText("Announced", { exact: true })).toBeVisible();
  await expect(page.getByText(/French report gives no amount/).first()).toBeVisible();
  const quotes = page.getByRole("region", { name: "Citations" }).locator("blockquote");
  await expect(quotes.and(page.locator('[lang="en"]'))).toHaveCount(2);
  await expect(quotes.and(page.locator('[lang="fr"]'))).toHaveCount(2);
  await expect(
    page.getByRole("link", { name: "Prime Minister Hun Sen receives Minister Nguyen Manh Hung" }),
  ).toHaveAttribute("href", "/events/hun-sen-reception-2019-03-14");
  await expectNoAxeViolations();
});

test("as of 1 January 2019 the March 2019 records are not there, and the choice follows the links", async ({
  page,
}) => {
  await page.goto("/commitments");
  await page.getByLabel("As of", { exact: true }).fill("2019-01-01");
  await page.getByRole("button", { name: "View" }).click();
  await expect(page).toHaveURL(/asOf=2019-01-01/);
  await expect(page.getByText("No commitment matches these filters.")).toBeVisible();
  await expect(page.getByText(/Viewing the record as of 1 January 2019/)).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" }).click();
  await expect(page).toHaveURL(/\/\?asOf=2019-01-01/);
  await expect(page.getByRole("region", { name: "Overdue commitments" })).toContainText("Nothing is overdue.");
  await page.goto("/commitments/cyber-monitoring-centre?asOf=2019-01-01");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();

  await page.goto("/commitments?asOf=2020-01-01&overdue=true");
  await expect(tableRows(page)).toHaveCount(1);
  await page.getByRole("button", { name: "Today" }).click();
  await expect(page).not.toHaveURL(/asOf=/);
});

test("an unknown commitment gets the not-found page with status 404; a bad filter is named, not fatal", async ({
  page,
}) => {
  const response = await page.goto("/commitments/no-such-commitment");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
  await page.goto("/commitments?status=bogus&kind=pledge");
  await expect(page.getByRole("alert").filter({ hasText: "ignored" })).toContainText("status");
  await expect(tableRows(page)).toHaveCount(3);
});

test("the commitments page works at phone width, with the filters folded until asked for", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/commitments");
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const form = page.getByRole("form", { name: "Filter commitments" });
  await expect(form).toBeHidden();
  await page.getByText("Filters", { exact: true }).click();
  await expect(form).toBeVisible();
  await form.getByRole("checkbox", { name: "Pledge" }).check();
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/kind=pledge/);
  await expect(page.getByText(/^Filters \(1 in force\)$/)).toBeVisible();
});

test("on a wide screen the one filter form is always unfolded", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/commitments");
  await expect(page.getByRole("form", { name: "Filter commitments" })).toBeVisible();
  await expect(page.locator("form[aria-label='Filter commitments']")).toHaveCount(1);
  await expect(page.getByText("Filters", { exact: true })).toBeHidden();
});
