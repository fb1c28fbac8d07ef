import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

export const CHROMIUM_INSTALL_HINT =
  "Install Chromium: `sudo apt-get install -y chromium` (Debian/Ubuntu), or `npx playwright install chromium` where downloads work, or set CHROMIUM_PATH to a Chromium binary.";

/** CHROMIUM_PATH, then the system's Chromium, then Playwright's own download, if any. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium"];
  for (const candidate of candidates) if (candidate && existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright without its own browser download: nothing more to try.
  }
  return null;
}
