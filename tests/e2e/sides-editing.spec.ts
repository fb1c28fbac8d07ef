import { expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/): it adds a commitment.

const QUOTE = "the two sides discussed cyber security and the fight against fake news";

test("an editor records a mutual commitment with a French title, by keyboard, and finds it between the pair", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn(`/commitments/new?source=vna-en-2019-03-14&quote=${encodeURIComponent(QUOTE)}&effective=2019-03-14`);
  const form = page.getByRole("form", { name: "New commitment" });
  await form.getByLabel("Title (French)").fill("Lutte commune contre les fausses informations");
  await form.getByLabel("Kind").selectOption("agreement");

  // The direction is a radio group: the arrows move from one-way to mutual.
  const oneWay = form.getByRole("radio", { name: /One-way/ });
  await expect(oneWay).toBeChecked();
  await oneWay.focus();
  await page.keyboard.press("ArrowRight");
  await expect(form.getByRole("radio", { name: /Mutual/ })).toBeChecked();
  await expect(form.getByRole("group", { name: "The parties, committing to each other" })).toBeVisible();

  for (const [n, typed, shown] of [
    [1, "viet", "Vietnam"],
    [2, "Cambodge", "Cambodia"],
  ] as const) {
    const country = form.getByRole("combobox", { name: `Party ${n}: country` });
    await country.focus();
    await page.keyboard.type(typed);
    await page.keyboard.press("Enter");
    await expect(country).toHaveValue(shown);
  }
  // A third party can be added, and removed again: two parties at least stay.
  await form.getByRole("button", { name: "Add a party" }).click();
  await expect(form.getByRole("combobox", { name: "Party 3: country" })).toBeVisible();
  await form.getByRole("button", { name: "Remove party 3" }).click();
  await expect(form.getByRole("combobox", { name: "Party 3: country" })).toHaveCount(0);
  await expect(form.getByRole("button", { name: /Remove party/ })).toHaveCount(0);
  await expectNoAxeViolations();

  await form.getByRole("button", { name: "Create the commitment" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Lutte commune contre les fausses informations");
  await expect(heading).toContainText("(French title)");
  const parties = page.getByRole("definition").filter({ hasText: "Vietnam" });
  await expect(parties).toContainText("Cambodia");
  await expect(page.getByRole("term").filter({ hasText: "Mutual, between" })).toBeVisible();

  // Between the pair, in either order, among the mutual ones.
  await page.goto("/commitments?pair=KH-VN&direction=mutual");
  await expect(page.getByRole("link", { name: "Lutte commune contre les fausses informations" })).toBeVisible();
  await expect(
    page.getByRole("link", { name: "More news stories about both countries in Vietnamese and Cambodian media" }),
  ).toBeVisible();
});
