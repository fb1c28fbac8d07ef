import { expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/), after the reading
// journeys: it adds records they do not expect.

test("an anonymous visitor sees no New or Edit links, and the forms send them to log in", async ({ page }) => {
  await page.goto("/organizations");
  await expect(page.getByRole("heading", { level: 1, name: "Organizations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New organization" })).toHaveCount(0);
  await page.goto("/people/nguyen-manh-hung");
  await expect(page.getByRole("link", { name: /^Edit/ })).toHaveCount(0);
  await page.goto("/people/new");
  await expect(page).toHaveURL(/\/login\?next=%2Fpeople%2Fnew$/);
});

test("an editor creates an organization with an alias, then a person whose position's organization is found by that alias", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/organizations");
  await page.getByRole("link", { name: "New organization" }).click();
  const org = page.getByRole("form", { name: "New organization" });
  await org.getByLabel("Name in English").fill("Angkor Digital Authority");
  await org.getByLabel("Kind").selectOption({ label: "Agency" });
  await org.getByRole("combobox", { name: "Country" }).fill("Cambodia");
  await org.getByRole("option", { name: /^Cambodia/ }).click();
  await org.getByRole("button", { name: "Add an alias" }).click();
  await org.getByLabel("Alias 1", { exact: true }).fill("Kampuchea Netcom");
  await org.getByLabel("Language of alias 1").fill("en");
  await expectNoAxeViolations();
  await org.getByRole("button", { name: "Create the organization" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Angkor Digital Authority" })).toBeVisible();
  await expect(page.getByText("Kampuchea Netcom")).toBeVisible();

  await page.goto("/people");
  await page.getByRole("link", { name: "New person" }).click();
  const person = page.getByRole("form", { name: "New person" });
  await person.getByLabel("Name", { exact: true }).fill("Chan Sokha");
  await person.getByRole("combobox", { name: /^Country/ }).fill("Cambodia");
  await person.getByRole("option", { name: /^Cambodia/ }).click();
  await person.getByRole("button", { name: "Add a position" }).click();
  await person.getByLabel("Title of position 1", { exact: true }).fill("Director General");
  await person.getByLabel("Position 1 held from").fill("2019-03");
  // The picker searches names and aliases: the alias finds the organization under its own name.
  await person.getByRole("combobox", { name: /Organization of position 1/ }).fill("Netcom");
  await person.getByRole("option", { name: "Angkor Digital Authority" }).click();
  await expect(person.getByText("Angkor Digital Authority")).toBeVisible();
  await person.getByRole("button", { name: "Create the person" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Chan Sokha" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Angkor Digital Authority" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /^Edit/ })).toBeVisible();
});

test("a person with a known name is refused beside the name, with a link to the existing record", async ({
  page,
  logIn,
}) => {
  await logIn("/people/new");
  const form = page.getByRole("form", { name: "New person" });
  await form.getByLabel("Name", { exact: true }).fill("nguyen manh hung");
  await form.getByRole("button", { name: "Create the person" }).click();
  await expect(form.getByText(/A person with this name already exists: Nguyen Manh Hung/).first()).toBeVisible();
  await expect(form.getByRole("link", { name: "Nguyen Manh Hung" })).toHaveAttribute(
    "href",
    "/people/nguyen-manh-hung",
  );
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("nguyen manh hung");
});

test("an event form shows errors beside the fields as you type, and keeps what was typed when the save fails", async ({
  page,
  logIn,
}) => {
  const quote = "Hung said the 5 million USD centre is a gift";
  // As the extraction assistant links to it: the fields and the quote come prefilled.
  await logIn(
    `/events/new?title=${encodeURIComponent("Working visit")}&start=2019-03-13&end=2019-03-16&source=vna-en-2019-03-14&quote=${encodeURIComponent(quote)}`,
  );
  const form = page.getByRole("form", { name: "New event" });
  await expect(form.getByLabel("Title (English)")).toHaveValue("Working visit");
  await expect(form.getByLabel("Quote 1, word for word")).toHaveValue(quote);

  await form.getByLabel("Start").fill("2019-02-30");
  await expect(form.getByText("Use YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date")).toBeVisible();
  await form.getByLabel("Start").fill("2019-03-13");
  await expect(form.getByText("Use YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date")).toHaveCount(0);

  await form.getByLabel("Location").fill("Phnom Penh");
  await form.getByLabel("Quote 1, word for word").fill("The centre opened in a grand ceremony");
  await form.getByRole("button", { name: "Create the event" }).click();
  await expect(form.getByText(/not in the source's text, word for word/).first()).toBeVisible();
  await expect(form.getByLabel("Title (English)")).toHaveValue("Working visit");
  await expect(form.getByLabel("Location")).toHaveValue("Phnom Penh");
  await expect(form.getByLabel("Quote 1, word for word")).toHaveValue("The centre opened in a grand ceremony");

  await form.getByLabel("Quote 1, word for word").fill(quote);
  await form.getByRole("button", { name: "Create the event" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Working visit" })).toBeVisible();
});
