import { expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/): it adds an organization.

test("an editor records a bilateral joint committee with the keyboard alone, and finds it under both countries", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/organizations/new");
  const form = page.getByRole("form", { name: "New organization" });
  const key = (k: string) => page.keyboard.press(k);

  await form.getByLabel("Name in English").focus();
  await page.keyboard.type("Joint Committee on River Transport");
  await key("Tab");
  await expect(form.getByLabel("Name in French")).toBeFocused();
  await page.keyboard.type("Comité mixte du transport fluvial");
  await key("Tab");
  await expect(form.getByLabel("Kind")).toBeFocused();
  await page.keyboard.type("Joint");
  await expect(form.getByLabel("Kind")).toHaveValue("joint_committee");
  await key("Tab");
  await expect(form.getByRole("combobox", { name: /Part of/ })).toBeFocused();

  // The scope's radios are one stop: the arrows move from National to International to Bilateral.
  await key("Tab");
  await expect(form.getByRole("radio", { name: "National", exact: true })).toBeFocused();
  await expect(form.getByLabel("Country", { exact: true })).toBeVisible();
  await key("ArrowRight");
  await expect(form.getByRole("radio", { name: "International", exact: true })).toBeChecked();
  await expect(form.getByRole("button", { name: "Add a member country" })).toBeVisible();
  await key("ArrowRight");
  await expect(form.getByRole("radio", { name: "Bilateral" })).toBeChecked();
  await expect(form.getByLabel("Country", { exact: true })).toHaveCount(0);

  await key("Tab");
  await expect(form.getByLabel("First country")).toBeFocused();
  await page.keyboard.type("Vietnam");
  await key("Enter");
  await key("Tab");
  const second = form.getByLabel("Second country");
  await expect(second).toBeFocused();
  await page.keyboard.type("Vietnam");
  await key("Enter");
  // The same country twice is said beside the second one as it is chosen.
  await expect(form.getByText("This country is already a member")).toBeVisible();
  await second.fill("");
  await page.keyboard.type("Cambodge");
  await key("Enter");
  await expect(second).toHaveValue("Cambodia");
  await expect(form.getByText("This country is already a member")).toHaveCount(0);

  await key("Tab");
  await expect(form.getByLabel(/^Description/)).toBeFocused();
  await key("Tab");
  await expect(form.getByRole("button", { name: "Add an alias" })).toBeFocused();
  await key("Enter");
  // Back over the new row's remove button, note and language to its alias.
  for (let i = 0; i < 4; i++) await key("Shift+Tab");
  await expect(form.getByLabel("Alias 1", { exact: true })).toBeFocused();
  await page.keyboard.type("JCRT");
  await expectNoAxeViolations();
  await key("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Joint Committee on River Transport" })).toBeVisible();
  await expect(page.getByText("Comité mixte du transport fluvial")).toBeVisible();
  const facts = page.getByRole("region", { name: "Organization facts" });
  await expect(facts).toContainText("Bilateral");
  await expect(facts.getByRole("link", { name: "Vietnam", exact: true })).toHaveAttribute(
    "href",
    "/organizations?country=VN",
  );
  await expect(facts.getByRole("link", { name: "Cambodia", exact: true })).toBeVisible();
  await expect(facts.getByRole("link", { name: /everything between/ })).toHaveAttribute(
    "href",
    /\/countries\/(VN-KH|KH-VN)$/,
  );
  await expectNoAxeViolations();

  // Its countries' lists include it; the scope filter finds it among the bilateral bodies.
  await facts.getByRole("link", { name: "Cambodia", exact: true }).click();
  await expect(page.getByRole("table").getByRole("link", { name: "Joint Committee on River Transport" })).toBeVisible();
  await page.goto("/organizations?scope=bilateral");
  await expect(page.getByRole("table").getByRole("link")).toHaveText(["Joint Committee on River Transport"]);
  await expect(page.getByRole("table")).toContainText(/Vietnam – Cambodia|Cambodia – Vietnam/);
});
