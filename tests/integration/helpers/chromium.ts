/**
 * The browser of the page tests: Debian's chromium (installed by scripts/ensure-chromium.sh, which `npm test` runs
 * first), driven by playwright-core. Nothing downloads a browser.
 */
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Where chromium is (CHROMIUM_PATH overrides). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless chromium, or fails with one line saying what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install Debian's chromium (\`apt-get install chromium\` as root; npm test does it when run as root), or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
