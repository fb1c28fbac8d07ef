import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Page } from "@playwright/test";

// What every browser journey shares: the accounts, logging in, and the accessibility check.
// Specs import `test` and `expect` from here, and ask for these as fixtures.

export type Account = { email: string; password: string };

/** The accounts the browser tests' server creates (scripts/e2e-server.ts; the admin comes from playwright.config.ts). */
export const ACCOUNTS = {
  editor: { email: "editor@pact.test", password: "e2e-editor-password" },
  editor2: { email: "editor2@pact.test", password: "e2e-editor-password" },
  admin: { email: "admin@pact.test", password: "e2e-admin-password-1" },
} as const satisfies Record<string, Account>;

/** Sends the login form of the page it is on, as `as` (the editor by default). */
export type SubmitLogIn = (options?: { as?: Account; page?: Page }) => Promise<void>;
/** Logs in through `/login?next=…` and waits to land on `next`; on the test's page unless given another. */
export type LogIn = (next: string, options?: { as?: Account; page?: Page }) => Promise<void>;
/** Once the page has loaded (its heading shown, no loading skeleton left), expects axe to find nothing. */
export type ExpectNoAxeViolations = (page?: Page) => Promise<void>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function submitLogIn(page: Page, account: Account): Promise<void> {
  const form = page.getByRole("form", { name: "Log in" });
  await form.getByLabel("Email").fill(account.email);
  await form.getByLabel("Password").fill(account.password);
  await form.getByRole("button", { name: "Log in" }).click();
}

// Fixtures hand their value over with `provide` (Playwright's `use`, renamed for React's lint).
export const test = base.extend<{
  submitLogIn: SubmitLogIn;
  logIn: LogIn;
  expectNoAxeViolations: ExpectNoAxeViolations;
}>({
  submitLogIn: async ({ page }, provide) => {
    await provide(({ as = ACCOUNTS.editor, page: on = page } = {}) => submitLogIn(on, as));
  },
  logIn: async ({ page }, provide) => {
    await provide(async (next, { as = ACCOUNTS.editor, page: on = page } = {}) => {
      await on.goto(`/login?next=${encodeURIComponent(next)}`);
      await submitLogIn(on, as);
      await expect(on).toHaveURL(new RegExp(`${escapeRegExp(next)}$`));
    });
  },
  expectNoAxeViolations: async ({ page }, provide) => {
    await provide(async (on = page) => {
      // A route's loading skeleton shows until the page streams in: check the page, not it.
      await expect(on.getByRole("heading", { level: 1 }).first()).toBeVisible();
      await expect(on.getByRole("status").filter({ hasText: "Loading…" })).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page: on }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  },
});

export { expect };
