import { expect, test } from "./fixtures";

// Runs in the "edit" project (the file name matches /editing\.spec\.ts/): what a tampered request
// or a crafted link does to a form, as the user sees it.

test("a login link whose next points elsewhere lands on Pact's own home", async ({ page, baseURL, submitLogIn }) => {
  for (const next of ["/%5Cevil.example", "/%09/evil.example"]) {
    await page.context().clearCookies();
    await page.goto(`/login?next=${next}`);
    await submitLogIn();
    await expect(page.getByText(/· Editor/)).toBeVisible();
    expect(new URL(page.url()).origin).toBe(baseURL);
    // Logged in, the same link sends them home at once.
    await page.goto(`/login?next=${next}`);
    await expect(page.getByText(/· Editor/)).toBeVisible();
    expect(new URL(page.url()).origin).toBe(baseURL);
  }
});

test("a field the server refuses after tampering shows its error beside the field, with the input kept", async ({
  page,
  submitLogIn,
}) => {
  await page.goto(`/login?next=${encodeURIComponent("/organizations/new")}`);
  await submitLogIn();
  const form = page.getByRole("form", { name: "New organization" });
  await form.getByLabel("Name in English").fill("Tonle Sap Broadcasting Office");
  await form.getByRole("combobox", { name: "Country" }).fill("Cambodia");
  await form.getByRole("option", { name: /^Cambodia/ }).click();

  // The browser's own check passes; the request is changed on the way, as a tampering client would.
  await page.route("**/organizations/new", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const args = JSON.parse(request.postData() ?? "[]") as [Record<string, unknown>];
    if (!("countryCode" in (args[0] ?? {}))) return route.continue();
    args[0].countryCode = "Cambodia";
    await route.continue({ postData: JSON.stringify(args) });
  });
  await form.getByRole("button", { name: /Create/ }).click();

  const country = form.getByLabel("Country");
  await expect(form.locator(`[id="${await country.getAttribute("id")}-error"]`)).toContainText(
    "Use an ISO 3166-1 alpha-2 country code",
  );
  await expect(page.getByText("Something went wrong")).toHaveCount(0);
  await expect(form.getByLabel("Name in English")).toHaveValue("Tonle Sap Broadcasting Office");
});
