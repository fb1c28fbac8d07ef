import { ACCOUNTS, expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/), after the reading
// journeys: it adds a sector and merges away one the seed files commitments under.

type Sector = { code: string; name: string; commitments: number };

test("an admin creates a sector, renames it in place, and the commitment form offers it", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/admin/sectors", { as: ACCOUNTS.admin });
  await expect(page.getByRole("heading", { level: 1, name: "Sectors" })).toBeVisible();
  await expectNoAxeViolations();

  const create = page.getByRole("form", { name: "New sector" });
  await create.getByLabel("Name in English").fill("Space cooperation");
  // The code follows the English name until the admin types one.
  await expect(create.getByLabel("Code", { exact: true })).toHaveValue("space_cooperation");
  await create.getByLabel("Name in French").fill("Coopération spatiale");
  await create.getByLabel("OECD DAC code").fill("2201");
  await create.getByRole("button", { name: "Create the sector" }).click();
  await expect(create.getByText("A DAC code has 3 digits")).toBeVisible();
  await create.getByLabel("OECD DAC code").fill("");
  await create.getByRole("button", { name: "Create the sector" }).click();
  await expect(create.getByRole("status")).toContainText("Created the sector Space cooperation (space_cooperation)");
  await expect(page.getByRole("rowheader", { name: "Space cooperation" })).toBeVisible();

  // Renamed in its row: the keyboard lands in the form, Enter saves, focus comes back.
  const rename = page.getByRole("button", { name: "Rename Space cooperation" });
  await rename.focus();
  await page.keyboard.press("Enter");
  const form = page.getByRole("form", { name: "Rename Space cooperation" });
  await expect(form.getByLabel("Name in English")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("Space and satellites");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved Space and satellites" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename Space and satellites" })).toBeFocused();

  await page.goto("/commitments/new");
  await expect(page.getByRole("checkbox", { name: /Space and satellites/ })).toBeVisible();
});

test("an admin merges two sectors by keyboard, and the commitments and the audit log follow", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  const counts = async () =>
    new Map(
      ((await (await page.request.get("/api/v1/sectors")).json()) as { data: Sector[] }).data.map((s) => [s.code, s]),
    );
  const before = await counts();
  const training = before.get("training")!.commitments;
  expect(training).toBeGreaterThan(0);

  await logIn("/admin/sectors", { as: ACCOUNTS.admin });
  const merge = page.getByRole("form", { name: "Merge two sectors" });
  await merge.getByLabel("Merge this sector").focus();
  await page.keyboard.type("Training");
  await expect(merge.getByLabel("Merge this sector")).toHaveValue("training");
  await page.keyboard.press("Tab");
  await expect(merge.getByLabel("Into this sector")).toBeFocused();
  await page.keyboard.type("Education");
  await expect(merge.getByLabel("Into this sector")).toHaveValue("education");
  await expect(merge).toContainText(`The ${training} commitments filed under Training will be filed under Education`);

  // Not confirmed yet: refused beside the checkbox, nothing merged.
  await page.keyboard.press("Tab");
  const confirm = merge.getByRole("checkbox", { name: /first sector is deleted/ });
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(merge.getByRole("button", { name: "Merge Training into Education" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(merge.getByText("Confirm the merge: the first sector is deleted")).toBeVisible();
  await expectNoAxeViolations();

  await confirm.focus();
  await page.keyboard.press("Space");
  await expect(confirm).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(merge.getByRole("status")).toContainText(`Merged Training into Education: ${training} commitment`);
  await expect(page.getByRole("rowheader", { name: "Training", exact: true })).toHaveCount(0);

  const after = await counts();
  expect(after.has("training")).toBe(false);
  expect(after.get("education")!.commitments).toBeGreaterThanOrEqual(training);

  await page
    .getByRole("link", { name: `${after.get("education")!.commitments} commitments filed under Education` })
    .click();
  await expect(page).toHaveURL(/\/commitments\?sector=education$/);
  await expect(page.getByRole("list", { name: "Filters in force" })).toContainText("Sector");

  await page.goto("/admin/audit?entityType=sector&action=merge");
  await expect(page.getByRole("cell", { name: /sector training/ })).toBeVisible();
  await expect(page.getByRole("cell", { name: /sector education/ })).toBeVisible();
});
