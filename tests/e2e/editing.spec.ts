import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, test, type Account, type LogIn } from "./fixtures";

const CYBER = "/commitments/cyber-monitoring-centre";
const QUOTE = "Hung said the 5 million USD centre is a gift";

/** Logs in on the cyber centre's page, whose header then names the account's role. */
async function logInOnCyber(logIn: LogIn, page: Page, account: Account) {
  await logIn(CYBER, { as: account, page });
  await expect(page.getByText(/· (Editor|Admin)/)).toBeVisible();
}

async function fillChange(
  page: Page,
  { status, effective, note, quote = QUOTE }: { status: string; effective: string; note: string; quote?: string },
) {
  const form = page.getByRole("form", { name: "Change the status" });
  await form.getByLabel("New status").selectOption({ label: status });
  await form.getByLabel("Effective date").fill(effective);
  await form.getByLabel("Note (optional)").fill(note);
  await form.getByLabel("Source", { exact: true }).selectOption({ index: 0 });
  await form.getByLabel("Quote, word for word").fill(quote);
  return form;
}

test("an anonymous visitor sees no edit controls and the endpoints refuse them", async ({ page, request }) => {
  await page.goto(CYBER);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("form", { name: "Change the status" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
  const route = await request.post("/api/commitments/cyber-monitoring-centre/status-changes", {
    data: {},
    headers: { origin: new URL(page.url()).origin },
  });
  expect(route.status()).toBe(401);
  await page.goto("/editor");
  await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
});

test("an editor changes the cyber centre to in progress with a quote and sees the timeline update", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logInOnCyber(logIn, page, ACCOUNTS.editor);
  const form = await fillChange(page, { status: "In progress", effective: "2019-06-15", note: "Construction began" });
  // Validation as you type: a bad date is named beside its field before anything is sent.
  await form.getByLabel("Effective date").fill("2019-02-30");
  await expect(form.getByText("Use YYYY, YYYY-MM or YYYY-MM-DD with a real calendar date")).toBeVisible();
  await form.getByLabel("Effective date").fill("2019-06-15");
  await expectNoAxeViolations();
  await form.getByRole("button", { name: "Record the change" }).click();
  await expect(page.getByText("Saved. The timeline shows the new entry.")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Status timeline" });
  await expect(timeline.getByText("15 June 2019")).toBeVisible();
  await expect(timeline.getByText("recorded by Edith Editor")).toBeVisible();
  await expect(timeline.getByText("Construction began")).toBeVisible();
  await expect(page.locator("header").first().getByText("In progress", { exact: true })).toHaveCount(0);
  await expect(page.getByText("In progress", { exact: true }).first()).toBeVisible();
});

test("a quote that is not in the source is refused beside its field, and the input stays", async ({ page, logIn }) => {
  await logInOnCyber(logIn, page, ACCOUNTS.editor);
  const form = await fillChange(page, {
    status: "Stalled",
    effective: "2019-09",
    note: "No news",
    quote: "The centre opened in a grand ceremony",
  });
  await form.getByRole("button", { name: "Record the change" }).click();
  await expect(form.getByText(/not in the source's text, word for word/).first()).toBeVisible();
  await expect(form.getByLabel("Note (optional)")).toHaveValue("No news");
  await expect(form.getByLabel("Quote, word for word")).toHaveValue("The centre opened in a grand ceremony");
});

test("two editors change the same commitment: the second sees the conflict, with their input kept", async ({
  browser,
  logIn,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await logInOnCyber(logIn, first, ACCOUNTS.editor);
  await logInOnCyber(logIn, second, ACCOUNTS.editor2);
  await fillChange(first, { status: "Stalled", effective: "2019-10", note: "Funding paused" });
  const secondForm = await fillChange(second, { status: "Fulfilled", effective: "2019-12", note: "Handed over" });
  await first.getByRole("button", { name: "Record the change" }).click();
  await expect(first.getByText("Saved. The timeline shows the new entry.")).toBeVisible();

  await secondForm.getByRole("button", { name: "Record the change" }).click();
  const alert = second.getByRole("alert").filter({ hasText: "Someone else changed this commitment" });
  await expect(alert).toContainText("Stalled");
  await expect(alert).toContainText("Edith Editor");
  await expect(secondForm.getByLabel("Note (optional)")).toHaveValue("Handed over");
  await expect(secondForm.getByLabel("Effective date")).toHaveValue("2019-12");
  // Having read what changed, they submit their own change on top of it.
  await alert.getByRole("button", { name: /base my change on the latest version/ }).click();
  await secondForm.getByRole("button", { name: "Record the change" }).click();
  // Fulfilled closes the commitment: once the page shows it, the form gives way to the closed
  // notice, and the confirmation must stay beside it.
  await expect(second.getByRole("region", { name: "Status timeline" }).getByText("Handed over")).toBeVisible();
  await expect(second.getByText("This commitment is closed (Fulfilled)")).toBeVisible();
  await expect(
    second.getByRole("status").filter({ hasText: "Saved. The timeline shows the new entry." }),
  ).toBeVisible();
});

test("markup typed into a note is shown as text", async ({ page, logIn }) => {
  await logInOnCyber(logIn, page, ACCOUNTS.admin);
  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  // The centre is now fulfilled (closed): the admin reopens it, with a reason.
  const payload = `<img src=x onerror="alert(1)"><b>bold</b>`;
  const form = await fillChange(page, { status: "In progress", effective: "2020-01", note: payload });
  await form.getByLabel("Why reopen it?").fill("The handover was reversed");
  await form.getByRole("button", { name: "Record the change" }).click();
  await expect(page.getByText("Saved. The timeline shows the new entry.")).toBeVisible();
  const timeline = page.getByRole("region", { name: "Status timeline" });
  await expect(timeline.getByText(payload)).toBeVisible();
  await expect(timeline.locator("img[src=x]")).toHaveCount(0);
  await expect(timeline.getByText("Reopened: The handover was reversed")).toBeVisible();
  expect(dialogs).toBe(0);
});

test("an admin creates an account and finds every write in the audit log", async ({
  page,
  logIn,
  expectNoAxeViolations,
}) => {
  await logInOnCyber(logIn, page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  const form = page.getByRole("form", { name: "Create an account" });
  await form.getByLabel("Email").fill("viewer@pact.test");
  await form.getByLabel("Name").fill("Vera Viewer");
  await form.getByLabel("Role").selectOption("viewer");
  await form.getByLabel(/First password/).fill("short");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(form.getByText("Use at least 12 characters")).toBeVisible();
  // Long enough, but the server's strength check refuses it, saying why beside the field.
  await form.getByLabel(/First password/).fill("aaaaaaaaaaaa");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(
    form.locator(`[id="${await form.getByLabel(/First password/).getAttribute("aria-describedby")}"]`),
  ).toContainText(/Too easy to guess.*Repeated characters/);
  await expect(form.getByLabel("Email")).toHaveValue("viewer@pact.test");
  await form.getByLabel(/First password/).fill("vera-viewer-password");
  await form.getByRole("button", { name: "Create the account" }).click();
  await expect(page.getByText(/Created viewer@pact.test/)).toBeVisible();
  await expect(page.getByRole("row", { name: /Vera Viewer/ })).toBeVisible();

  await page.goto("/admin/audit?entityType=commitment&entityId=cyber-monitoring-centre&action=status_change");
  const rows = page.getByRole("table", { name: /Audit entries/ }).locator("tbody tr");
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("status change");
  await expectNoAxeViolations();

  await page.goto("/editor");
  await expect(page.getByRole("heading", { name: "What needs attention" })).toBeVisible();
  await expect(page.getByRole("region", { name: /Overdue/ })).toBeVisible();
});
