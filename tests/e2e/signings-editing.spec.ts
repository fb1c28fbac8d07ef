import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";

// Runs in the "edit" project (after the reading journeys): it adds a document they do not expect.

const QUOTE = "Hung said the 5 million USD centre is a gift";

/** Types into a record picker and picks `option` with the arrow keys and Enter, as a keyboard user does. */
async function pickByKeyboard(combobox: Locator, query: string, option: string) {
  await combobox.focus();
  await combobox.pressSequentially(query);
  const listbox = combobox.page().getByRole("listbox");
  const wanted = listbox.getByRole("option", { name: option, exact: true });
  await expect(wanted).toBeVisible();
  for (let i = 0; i < 8 && (await wanted.getAttribute("aria-selected")) !== "true"; i++) {
    await combobox.press("ArrowDown");
  }
  await expect(wanted).toHaveAttribute("aria-selected", "true");
  await combobox.press("Enter");
}

test("an editor records, by keyboard, a document with a French title only, a witness and a representative", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  // As the extraction assistant links to the form: the quote comes prefilled.
  await logIn(`/documents/new?source=vna-en-2019-03-14&quote=${encodeURIComponent(QUOTE)}`);
  const form = page.getByRole("form", { name: "New document" });

  // No title at all is refused beside the English field, which says either language will do.
  await form.getByRole("button", { name: "Create the document" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByText("Give a title in English or in French")).toBeVisible();

  await form.getByLabel("Title (French)").focus();
  await page.keyboard.type("Protocole d'entente sur la formation des journalistes");
  await expect(form.getByText("Give a title in English or in French")).toHaveCount(0);
  await form.getByLabel("Signed on (optional)").focus();
  await page.keyboard.type("2019-03-14");

  // First row: a witness, picked by name.
  await form.getByRole("button", { name: "Add a signatory or witness" }).focus();
  await page.keyboard.press("Enter");
  const role = form.getByLabel("Role of signatory or witness 1");
  await role.focus();
  await page.keyboard.press("ArrowDown");
  await expect(role).toHaveValue("witness");
  await pickByKeyboard(form.getByRole("combobox", { name: /Person, signatory or witness 1/ }), "Hun Sen", "Hun Sen");
  await expect(form.getByText("Hun Sen", { exact: true })).toBeVisible();

  // Second row: a signatory the source names only as the representative of a ministry.
  await form.getByRole("button", { name: "Add a signatory or witness" }).focus();
  await page.keyboard.press("Enter");
  await expect(form.getByLabel("Role of signatory or witness 2")).toHaveValue("signatory");
  await pickByKeyboard(
    form.getByRole("combobox", { name: /Representing \(organization\), signatory or witness 2/ }),
    "Ministry of Posts",
    "Ministry of Posts and Telecommunications",
  );
  await expectNoAxeViolations();

  await form.getByRole("button", { name: "Create the document" }).focus();
  await page.keyboard.press("Enter");

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toContainText("Protocole d'entente sur la formation des journalistes");
  await expect(heading).toContainText("(French title)");
  await expect(heading.locator('[lang="fr"]')).toHaveText("Protocole d'entente sur la formation des journalistes");
  await expect(page.getByRole("region", { name: "Signatories" }).getByRole("listitem")).toHaveText([
    "Signed by the representative of Ministry of Posts and Telecommunications",
  ]);
  await expect(
    page.getByRole("region", { name: "Witnesses and presiding officials" }).getByRole("listitem"),
  ).toHaveText(["Witnessed by Hun Sen"]);
  await expectNoAxeViolations();

  // The edit form opens with the French title and both rows as they were saved.
  await page.getByRole("link", { name: /^Edit/ }).focus();
  await page.keyboard.press("Enter");
  const edit = page.getByRole("form", { name: "Edit the document" });
  await expect(edit.getByLabel("Title (French)")).toHaveValue("Protocole d'entente sur la formation des journalistes");
  await expect(edit.getByLabel("Title (English)")).toHaveValue("");
  await expect(edit.getByLabel("Role of signatory or witness 1")).toHaveValue("witness");
  await expect(edit.getByText("Ministry of Posts and Telecommunications")).toBeVisible();
});

test("the event form warns when fewer documents are reported signed than are recorded", async ({ page, logIn }) => {
  // The seeded visit has two documents, signed at it.
  await logIn("/events/hung-visit-cambodia-2019-03/edit");
  const form = page.getByRole("form", { name: "Edit the event" });
  const field = form.getByLabel("Documents signed (number reported) (optional)");
  await expect(form.getByText("2 are recorded at this event and its sub-events")).toBeVisible();
  await field.fill("1");
  await expect(form.getByRole("status").filter({ hasText: "fewer than the 2 documents recorded" })).toBeVisible();
  await field.fill("11");
  await expect(form.getByText(/fewer than the 2 documents recorded/)).toHaveCount(0);
  await field.fill("-3");
  await expect(form.getByText("The number of documents cannot be negative")).toBeVisible();
});
