// npm run screenshots: captures the main pages of a running Pact (BASE_URL, default
// http://localhost:3000) into docs/screenshots/ for the README. With EDITOR_EMAIL and
// EDITOR_PASSWORD, it also logs in and captures the editors' review page.
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { findChromium, CHROMIUM_INSTALL_HINT } from "./find-chromium";

const PAGES = [
  { name: "home", path: "/" },
  { name: "commitments", path: "/commitments?status=announced&sector=cybersecurity" },
  { name: "commitment", path: "/commitments/cyber-monitoring-centre" },
  { name: "event", path: "/events/hung-visit-cambodia-2019-03" },
  { name: "events", path: "/events" },
  { name: "source", path: "/sources/vna-en-2019-03-14" },
  { name: "compare", path: "/sources/compare?event=hung-visit-cambodia-2019-03" },
  { name: "countries", path: "/countries/VN-KH" },
  { name: "search", path: "/search?q=cybersecurite" },
  { name: "as-of", path: "/commitments?asOf=2019-01-01" },
];

// The review page of the seed's English report, its first two suggestions ticked.
const REVIEW_PATH = "/sources/vna-en-2019-03-14/suggestions";

async function captureReview(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/login?next=${encodeURIComponent(REVIEW_PATH)}`);
  const login = page.getByRole("form", { name: "Log in" });
  await login.getByLabel("Email").fill(email);
  await login.getByLabel("Password").fill(password);
  await login.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(`**${REVIEW_PATH}`);
  const review = page.getByRole("form", { name: "Review the suggestions" });
  for (const n of [1, 2]) await review.getByRole("checkbox", { name: new RegExp(`^Keep commitment ${n}:`) }).check();
  // A tall window rather than the full page: the save bar sticks to the window's bottom.
  await page.setViewportSize({ width: 1280, height: 1600 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshots/review.png" });
  console.log("docs/screenshots/review.png");
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_INSTALL_HINT);
  const base = process.env.BASE_URL ?? "http://localhost:3000";
  mkdirSync("docs/screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const { name, path } of PAGES) {
      await page.goto(base + path);
      // Pages stream: wait until the loading skeleton has given way to the content.
      await page.waitForFunction(() => !document.querySelector('[role="status"][aria-live]'));
      await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: true });
      console.log(`docs/screenshots/${name}.png`);
    }
    const { EDITOR_EMAIL: email, EDITOR_PASSWORD: password } = process.env;
    if (email && password) await captureReview(page, base, email, password);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
