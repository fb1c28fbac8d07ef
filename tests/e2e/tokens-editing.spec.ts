import { expect, test } from "./fixtures";

// Runs in the "edit" project: an editor makes an API token, uses it from a script, revokes it.

test("an editor makes a token from the menu, sees its secret once, uses it, and revokes it", async ({
  page,
  request,
  logIn,
  expectNoAxeViolations,
}) => {
  await logIn("/");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expectNoAxeViolations();

  const form = page.getByRole("form", { name: "Make a token" });
  await form.getByRole("button", { name: "Make the token" }).click();
  await expect(form.getByText("Give the token a name")).toBeVisible();

  const name = `Newsroom sync ${Date.now()}`;
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(/^Write/).check();
  await form.getByLabel("Name", { exact: true }).press("Enter");
  const secret = (await page.getByLabel("The token's secret").textContent())!.trim();
  expect(secret).toMatch(/^pact_/);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Write");
  await expect(row).toContainText("Never");
  await expect(row).toContainText(secret.slice(0, 11));
  expect(await page.content()).toContain(secret);
  // The secret is gone once the page is left: only its start stays in the list.
  await page.reload();
  expect(await page.content()).not.toContain(secret);

  const used = await request.get("/api/v1/commitments?pageSize=1", { headers: { authorization: `Bearer ${secret}` } });
  expect(used.status()).toBe(200);
  await page.reload();
  await expect(row).not.toContainText("Never");

  await row.getByRole("button", { name: `Revoke “${name}”` }).click();
  await row.getByRole("button", { name: `Confirm: revoke “${name}”` }).click();
  await expect(row).toContainText("Revoked");
  const refused = await request.get("/api/v1/commitments?pageSize=1", {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(refused.status()).toBe(401);
});
