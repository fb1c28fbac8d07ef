import { expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/): it adds a person.

test("an editor picks a country by typing its French name with the keyboard, and finds the person on its page", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/people/new");
  const form = page.getByRole("form", { name: "New person" });
  await form.getByLabel("Name", { exact: true }).fill("Awa Ndiaye");

  const country = form.getByRole("combobox", { name: /^Country/ });
  await country.focus();
  await page.keyboard.type("séné");
  await expect(country).toHaveAttribute("aria-expanded", "true");
  const options = form.getByRole("option");
  await expect(options.first()).toContainText("Senegal");
  await expect(options.first()).toContainText("Sénégal");
  await expect(options.first()).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("status").filter({ hasText: /match/ })).toHaveText("1 country matches");
  await expectNoAxeViolations();
  await page.keyboard.press("Enter");
  await expect(country).toHaveValue("Senegal");
  await expect(country).toHaveAttribute("aria-expanded", "false");

  // A whole name typed in either language, accents left out, is a choice once the field is left.
  await country.fill("");
  await page.keyboard.type("cote d'ivoire");
  await page.keyboard.press("Tab");
  await expect(country).toHaveValue("Cote d'Ivoire");
  await country.fill("");
  await page.keyboard.type("Atlantide");
  await page.keyboard.press("Tab");
  await expect(form.getByText("No country is called “Atlantide”: choose one from the list.")).toBeVisible();
  await expect(country).toHaveAttribute("aria-invalid", "true");

  // Back with the arrows: the options follow the keyboard, Escape closes them.
  await country.fill("");
  await page.keyboard.type("sénégal");
  await page.keyboard.press("Escape");
  await expect(country).toHaveAttribute("aria-expanded", "false");
  await page.keyboard.press("ArrowDown");
  await expect(country).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("Enter");
  await expect(country).toHaveValue("Senegal");
  await expect(form.getByText(/No country is called/)).toHaveCount(0);

  await form.getByRole("button", { name: "Create the person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Awa Ndiaye" })).toBeVisible();

  // The people list filters by the same picker, in a plain GET form.
  await page.goto("/people");
  const filter = page.getByRole("combobox", { name: "Country" });
  // Before the page's script runs, a native select stands in for the picker.
  await expect(filter).toHaveAttribute("aria-autocomplete", "list");
  await filter.fill("Sénégal");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]country=SN(&|$)/);
  await expect(page.getByRole("link", { name: "Awa Ndiaye" })).toBeVisible();

  await page.goto("/countries/SN");
  await expect(page.getByRole("heading", { level: 1, name: "Senegal" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Records" }).getByRole("link", { name: "1 person" })).toBeVisible();
});
