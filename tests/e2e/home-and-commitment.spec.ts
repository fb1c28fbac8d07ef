import { expect, test } from "@playwright/test";

test("the home page lists the seeded commitments with their status", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Commitments" })).toBeVisible();
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(10); // header + 9 commitments
  const cyber = page.getByRole("row").filter({ hasText: "National cyber information safety monitoring centre" });
  await expect(cyber).toContainText("USD 5,000,000");
  await expect(cyber).toContainText("Announced");
  await expect(cyber).toContainText("Overdue");
  await expect(page.getByRole("row").filter({ hasText: "More news stories" })).toContainText("Agreed");
});

test("the cyber centre's page shows its amount, target, timeline and citations in both languages", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "National cyber information safety monitoring centre for Cambodia" }).click();
  await expect(page).toHaveURL(/\/commitments\/cyber-monitoring-centre$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("National cyber information safety monitoring centre for Cambodia");
  await expect(page.getByText("USD 5,000,000")).toBeVisible();
  await expect(page.getByText("(precision: year)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Status timeline" })).toBeVisible();
  await expect(page.getByText("14 March 2019")).toBeVisible();
  await expect(page.getByText(/French report gives no amount/).first()).toBeVisible();
  const quotes = page.locator("section[aria-labelledby=citations] blockquote");
  await expect(quotes.and(page.locator('[lang="en"]'))).toHaveCount(2);
  await expect(quotes.and(page.locator('[lang="fr"]'))).toHaveCount(2);
});

test("an unknown commitment gets the not-found page with status 404", async ({ page }) => {
  const response = await page.goto("/commitments/no-such-commitment");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});
