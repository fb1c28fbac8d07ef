import { expect, test } from "./fixtures";

// Issue 15: an article recorded from paste to records with their quotes, through the review page.
// The article is written for this test.
const SIGNING =
  "Cambodia and Laos signed a memorandum of understanding on energy trade in Vientiane on 12 March 2024, during a two-day visit by the Cambodian Minister of Mines and Energy.";
const PLEDGE = "Cambodia pledged 3 million USD to Laos for new transmission lines along the border.";
const ARTICLE = `${SIGNING}

${PLEDGE}

The two sides agreed to hold the next joint committee meeting in Phnom Penh in 2025.`;

test("an editor reviews an article's suggestions, corrects one inline and saves them together", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/sources/new");
  const paste = page.getByRole("form", { name: "Paste an article" });
  await paste.getByLabel("Full text of the article").fill(ARTICLE);
  await paste.getByLabel("Title").fill("Cambodia and Laos sign an energy trade memorandum");
  await paste.getByLabel("Publisher").fill("Pact test desk");
  await paste.getByLabel("Published (optional)").fill("2024-03-14");
  await paste.getByRole("button", { name: "Save and suggest what is in it" }).click();
  await expect(page).toHaveURL(/\/sources\/[^/]+\/suggestions$/);
  const sourcePath = new URL(page.url()).pathname.replace(/\/suggestions$/, "");

  const review = page.getByRole("form", { name: "Review the suggestions" });
  const region = (name: string) => review.getByRole("region", { name });
  const ceremony = region("Events").getByRole("listitem").filter({ hasText: "signed a memorandum of understanding" });
  const memorandum = region("Documents").getByRole("listitem").filter({ hasText: "memorandum of understanding" });
  const pledge = region("Commitments").getByRole("listitem").filter({ hasText: PLEDGE });

  // Nothing is kept until ticked; a kept row shows its fields, prefilled from the article.
  await expect(pledge.getByLabel("Title")).toHaveCount(0);
  await ceremony.getByRole("checkbox", { name: /^Keep event/ }).check();
  await expect(ceremony.getByLabel("Start")).toHaveValue("2024-03-12");
  await memorandum.getByRole("checkbox", { name: /^Keep document/ }).check();
  await expect(memorandum.getByLabel("Title")).toHaveValue("Memorandum of understanding on energy trade");
  await pledge.getByRole("checkbox", { name: /^Keep commitment/ }).check();
  await expect(pledge.getByLabel("Amount (optional)")).toHaveValue("3000000");
  await expect(pledge.getByLabel("Status", { exact: true })).toHaveValue("announced");
  // Dated by the event it was made at, not by the article's publication two days later.
  await expect(pledge.getByLabel("Status since")).toHaveValue("2024-03-12");
  await pledge.getByLabel("Title").fill("Transmission lines along the Cambodia–Laos border");
  // The editor leaves a field invalid by mistake.
  await memorandum.getByLabel("Signed (optional)").fill("2024-03-32");
  await expectNoAxeViolations();

  await review.getByRole("button", { name: "Save the 3 ticked suggestions" }).click();
  await expect(review.getByRole("alert").filter({ hasText: "Nothing was saved" })).toContainText(
    "Memorandum of understanding on energy trade",
  );
  await expect(memorandum.getByLabel("Signed (optional)")).toHaveAccessibleDescription(/real calendar date/);
  await memorandum.getByLabel("Signed (optional)").fill("2024-03-12");
  await review.getByRole("button", { name: "Save the 3 ticked suggestions" }).click();

  const summary = page.getByRole("status").filter({ hasText: "Saved 3 records" });
  await expect(summary).toBeVisible();
  await expectNoAxeViolations();
  await summary.getByRole("link", { name: "Transmission lines along the Cambodia–Laos border" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transmission lines along the Cambodia–Laos border");
  await expect(page.getByText("USD 3,000,000").first()).toBeVisible();
  await expect(page.getByText(PLEDGE).first()).toBeVisible();

  // The source shows the quotes highlighted at their places.
  await page.goto(sourcePath);
  await expect(page.locator("mark").filter({ hasText: PLEDGE })).toBeVisible();
  await expect(page.locator("mark").filter({ hasText: "memorandum of understanding" }).first()).toBeVisible();

  // Quote by selection: the editor selects the third sentence's words and attaches them to the pledge.
  const passage = "hold the next joint committee meeting in Phnom Penh";
  await page.evaluate((words) => {
    const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
  }, passage);
  const quoting = page.getByRole("region", { name: "Quote by selection" });
  await expect(quoting.getByLabel("Selected passage")).toHaveText(passage);
  await quoting.getByRole("button", { name: "Use as quote" }).click();
  await quoting.getByLabel("Which commitment").fill("Transmission lines");
  await quoting.getByRole("option", { name: /Transmission lines along/ }).click();
  await quoting.getByRole("button", { name: "Attach the quote" }).click();
  await expect(quoting.getByRole("status")).toHaveText(/attached to “Transmission lines along/);
  await expectNoAxeViolations();
  await page.reload();
  await expect(page.locator("mark").filter({ hasText: passage })).toBeVisible();
});
