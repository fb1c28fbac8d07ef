// npm run screenshots: captures the main pages of a running Pact (BASE_URL, default
// http://localhost:3000) into docs/screenshots/ for the README.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
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
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
