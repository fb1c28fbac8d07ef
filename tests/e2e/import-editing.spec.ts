import { expect, test } from "./fixtures";

// Issue 16: an editor imports a spreadsheet through /import, with the keyboard where it can.

const HEADER = "Commitment,Kind,Giver,Receiver,Amount,Currency,Source,Article,Evidence,Notes";
const row = (n: number, receiver = "Laos") =>
  `Ferry ${n} grant,pledge,Thailand,${receiver},${n}00000,USD,https://news.example/ferries,Ferries for Laos,"Thailand pledged ferry number ${n} to Laos.",internal note`;
const file = (rows: string[]) => ({
  name: "ferries.csv",
  mimeType: "text/csv",
  buffer: Buffer.from([HEADER, ...rows].join("\r\n") + "\r\n"),
});

test("an editor uploads a spreadsheet, fixes its mapping and errors, and imports it once", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/import");
  await expect(page.getByRole("heading", { level: 1, name: "Import a spreadsheet" })).toBeVisible();

  // A file with a country Pact does not know: the preview names the row and the column.
  await page.getByLabel("Spreadsheet (CSV or XLSX, up to 20 MB)").setInputFiles(file([row(1), row(2, "Atlantis")]));
  await page.getByRole("button", { name: "Check the file" }).press("Enter");
  const errors = page.getByRole("region", { name: /1 error/ });
  await expect(errors).toContainText("Row 3, column “Receiver”: Unknown country “Atlantis”");
  await expect(page.getByRole("button", { name: /^Import 1 commitments/ })).toBeDisabled();
  await expectNoAxeViolations();

  // The fixed file; the "Notes" column is left out of the suggested mapping, then mapped to the
  // description with the keyboard, and the file checked again.
  await page.getByLabel("Spreadsheet (CSV or XLSX, up to 20 MB)").setInputFiles(file([row(1), row(2), row(3)]));
  await page.getByRole("button", { name: "Check the file" }).press("Enter");
  await expect(page.getByText("3 of 3 rows ready to import.")).toBeVisible();
  const notes = page.getByLabel("Notes");
  await expect(notes).toHaveValue("");
  await notes.focus();
  await notes.selectOption("description");
  await expect(page.getByText("You changed the columns: check the file again first.")).toBeVisible();
  await page.getByRole("button", { name: "Check again" }).press("Enter");
  await expect(page.getByText("The mapping shown is yours.")).toBeVisible();
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("1 sources: Ferries for Laos");
  await expect(preview.getByRole("row", { name: /Ferry 2 grant/ })).toContainText("TH");

  const confirm = page.getByRole("button", { name: "Import 3 commitments" });
  await confirm.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "3 commitments imported" })).toBeVisible();
  await page.getByRole("link", { name: "Ferry 2 grant" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ferry 2 grant" })).toBeVisible();
  await expect(page.getByText("Thailand pledged ferry number 2 to Laos.").first()).toBeVisible();
});
