import { expect, test } from "./fixtures";

const ARTICLE = `Hanoi (VNA) - Vietnam pledged to build a press training centre in Phnom Penh worth 2 million USD, Minister Nguyen Manh Hung said on May 20.

The Cambodian Ministry of Information proposed to increase joint broadcasting from 2 hours to 4 hours a week in Siem Reap and four other provinces.

The two ministers agreed to hold a joint committee meeting in Hanoi from June 8-10, 2020.-VNA`;

test("an editor pastes an article, keeps two suggestions and sees the commitment's quote highlighted in the source", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/sources/new");

  const form = page.getByRole("form", { name: "Paste an article" });
  await form.getByLabel("Full text of the article").fill(ARTICLE);
  await expect(form.getByLabel("Language")).toHaveValue("en");
  await form.getByLabel("Title").fill("Vietnam to build a press training centre in Phnom Penh");
  await form.getByLabel("Publisher").fill("Vietnam News Agency (VNA)");
  await form.getByLabel("Published (optional)").fill("2020-05-20");
  await expectNoAxeViolations();
  await form.getByRole("button", { name: "Save and suggest what is in it" }).click();

  await expect(page).toHaveURL(/\/sources\/[^/]+\/suggestions$/);
  const sourcePath = new URL(page.url()).pathname.replace(/\/suggestions$/, "");
  const suggestions = page.getByRole("region", { name: "Commitments" }).getByRole("listitem");
  await expect(suggestions).toHaveCount(3);
  await expect(page.getByRole("region", { name: "Dates and figures" })).toContainText("8–10 June 2020");
  await expect(page.getByRole("region", { name: "Dates and figures" })).toContainText("USD 2,000,000");

  // First suggestion: the pledge, prefilled with its amount and kind.
  const pledge = suggestions.first();
  await pledge.getByRole("checkbox", { name: /^Keep commitment 1/ }).check();
  await expect(pledge.getByLabel("Amount (optional)")).toHaveValue("2000000");
  await expect(pledge.getByLabel("Kind")).toHaveValue("pledge");
  await pledge.getByLabel("Title").fill("Press training centre in Phnom Penh");

  // Second suggestion: the proposal, with its quantity.
  const proposal = suggestions.nth(1);
  await proposal.getByRole("checkbox", { name: /^Keep commitment 2/ }).check();
  await expect(proposal.getByLabel("Kind")).toHaveValue("proposal");
  await expect(proposal.getByLabel(/Keep the figure: 2 → 4 hours/)).toBeChecked();
  await page.getByRole("button", { name: "Save the 2 ticked suggestions" }).click();

  const summary = page.getByRole("status").filter({ hasText: "Saved 2 records" });
  const proposalPath = await summary.getByRole("link").nth(1).getAttribute("href");
  await summary.getByRole("link", { name: "Press training centre in Phnom Penh" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Press training centre in Phnom Penh");
  await expect(page.getByText("USD 2,000,000").first()).toBeVisible();
  const commitmentPath = new URL(page.url()).pathname;
  await page.goto(proposalPath!);
  await expect(page.getByText(/2 → 4 hours per week/)).toBeVisible();

  // The source shows the first commitment's quote highlighted, linked to it.
  await page.goto(sourcePath);
  const link = page.locator(`a[href="${commitmentPath}"]`).first();
  await expect(link).toBeVisible();
  await expect(
    page.locator("mark").filter({ hasText: "Vietnam pledged to build a press training centre" }),
  ).toBeVisible();
});

test("the same article pasted twice is refused as a duplicate", async ({ page, logIn }) => {
  await logIn("/sources/new");
  const form = page.getByRole("form", { name: "Paste an article" });
  await form.getByLabel("Full text of the article").fill(ARTICLE);
  await form.getByLabel("Title").fill("Again");
  await form.getByLabel("Publisher").fill("VNA");
  await form.getByRole("button", { name: "Save and suggest what is in it" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This exact text is already in Pact" })).toBeVisible();
  await expect(form.getByLabel("Title")).toHaveValue("Again");
});
