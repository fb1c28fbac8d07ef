import { defineConfig } from "@playwright/test";
import { findChromium } from "./scripts/find-chromium";

// E2E_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 3220);
const baseURL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./tests/e2e",
  timeout: 30_000,
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "tests/.tmp/playwright.json" }],
  ],
  outputDir: "tests/.tmp/playwright-results",
  use: {
    baseURL,
    browserName: "chromium",
    headless: true,
    launchOptions: {
      executablePath: findChromium() ?? undefined,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // The editing journeys change the data the reading journeys check, so they run after them.
  projects: [
    { name: "read", testIgnore: /editing\.spec\.ts/ },
    { name: "edit", testMatch: /editing\.spec\.ts/, dependencies: ["read"] },
  ],
  webServer: {
    // A fresh database prepared exactly as `npm start` does, served by `next start`.
    command: `tsx --conditions=react-server scripts/e2e-server.ts`,
    url: `${baseURL}/api/v1/commitments?pageSize=1`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      DATABASE_URL: `file:tests/.tmp/e2e-${PORT}.db`,
      BETTER_AUTH_URL: baseURL,
      ADMIN_EMAIL: "admin@pact.test",
      ADMIN_PASSWORD: "e2e-admin-password-1",
      PACT_LOGIN_LIMIT_PER_ADDRESS: "10000",
    },
  },
});
