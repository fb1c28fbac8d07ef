import { expect, test } from "./fixtures";

const QUOTE = "Hung said the 5 million USD centre is a gift";

test("an editor enters a range target and an at-least amount by keyboard, and the page reads them back", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/commitments/new");
  const form = page.getByRole("form", { name: "New commitment" });
  await form.getByLabel("Title (English)").fill("Readiness to train grid engineers together");
  await form.getByLabel("Kind").selectOption("intent");
  for (const [label, typed] of [
    ["Giver 1: country", "VN"],
    ["Receiver 1: country", "KH"],
  ] as const) {
    await form.getByRole("combobox", { name: label }).fill(typed);
    await page.keyboard.press("Enter");
  }

  // The target: from a single date to a range with the arrow keys, then each end typed in turn.
  await form.getByRole("radio", { name: "A single date" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: "A range" })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Target from")).toBeFocused();
  await page.keyboard.type("2012");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Target to")).toBeFocused();
  await page.keyboard.type("2011");
  // Said beside the field as it is typed, before anything is sent.
  await expect(form.getByText("The range must end after it starts")).toBeVisible();
  await page.keyboard.press("Backspace");
  await page.keyboard.type("3");
  await expect(form.getByLabel("Target to")).toHaveValue("2013");
  await expect(form.getByText("The range must end after it starts")).toHaveCount(0);

  // The amount: "at least" chosen with the arrow keys, then the figure typed in the next field.
  await form.getByLabel("Amount is").focus();
  await page.keyboard.press("ArrowDown");
  await expect(form.getByLabel("Amount is")).toHaveValue("at_least");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Amount", { exact: true })).toBeFocused();
  await page.keyboard.type("500000");

  // A change with a target asks for the baseline they start from, beside it, as soon as it is typed.
  await form.getByRole("checkbox", { name: /It names a quantity/ }).check();
  await form.getByLabel("To (target)").fill("150");
  await form.getByLabel("Change", { exact: true }).fill("+50");
  await form.getByLabel("Unit", { exact: true }).fill("MW");
  const baselineError = form.getByText("With both a target and a change, give the baseline they start from");
  await expect(baselineError).toBeVisible();
  await form.getByLabel("From (baseline)").fill("100");
  await expect(baselineError).toHaveCount(0);

  await form.getByRole("button", { name: "Add a quote" }).click();
  await form.getByLabel("Source of quote 1").selectOption("vna-en-2019-03-14");
  await form.getByLabel("Quote 1, word for word").fill(QUOTE);
  await form.getByLabel("Status effective").fill("2011-05");
  await form.getByRole("button", { name: "Create the commitment" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Readiness to train grid engineers together");
  const facts = page.getByRole("region", { name: "Facts" });
  await expect(facts.getByText("at least USD 500,000")).toBeVisible();
  await expect(facts.getByText("2012–2013")).toBeVisible();
  await expect(facts.getByText("100 → 150 MW (+50 MW)")).toBeVisible();
  await expect(facts.getByText("an increase of 50 MW")).toBeVisible();
  await expect(page.getByText("Intent", { exact: true })).toBeVisible();
  // Over since 1 January 2014 and still only announced.
  await expect(page.getByText("Overdue", { exact: true })).toBeVisible();
  await expectNoAxeViolations();

  // Editing starts from the range and the qualifier as stored.
  await page.goto(`${new URL(page.url()).pathname}/edit`);
  const edit = page.getByRole("form", { name: "Edit the commitment" });
  await expect(edit.getByRole("radio", { name: "A range" })).toBeChecked();
  await expect(edit.getByLabel("Target to")).toHaveValue("2013");
  await expect(edit.getByLabel("Amount is")).toHaveValue("at_least");
});
