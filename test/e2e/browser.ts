/**
 * The browser for the sidebar and preview tests, found in this order:
 * 1. `SCA_CHROMIUM` — a path to a Chrome/Chromium you choose (an override, e.g. on macOS);
 * 2. the Chromium shipped inside the npm package `@sparticuz/chromium` (Linux x64/arm64), so `npm ci`
 *    is the only set-up a fresh machine needs;
 * 3. an installed Chrome or Chromium found on PATH.
 * No browser → one line saying how to get one; the browser tests fail, never skip.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Names an installed Chrome or Chromium goes by on PATH (no fixed install location is assumed). */
const INSTALLED_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Nothing but the preview on localhost may be reached.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

export const NO_BROWSER_MESSAGE =
  'No browser for the browser tests: run `npm ci` (it brings @sparticuz/chromium on Linux x64/arm64), or set SCA_CHROMIUM to a Chrome/Chromium executable.';

/** Where the browser is, by the order above; throws NO_BROWSER_MESSAGE when there is none. */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const chosen = env.SCA_CHROMIUM?.trim();
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`SCA_CHROMIUM names ${chosen}, which does not exist. ${NO_BROWSER_MESSAGE}`);
    return chosen;
  }
  const packaged = packagedChromium();
  if (packaged) return packaged;
  const installed = onPath(INSTALLED_NAMES, env.PATH ?? '');
  if (installed) return installed;
  throw new Error(NO_BROWSER_MESSAGE);
}

/**
 * The npm-packaged Chromium, unpacked on first use (to the system temp folder), where the platform has it.
 * The package is ESM-only, so a child Node process asks it (jest's CommonJS runtime cannot import it).
 */
function packagedChromium(): string | null {
  if (process.platform !== 'linux' || (process.arch !== 'x64' && process.arch !== 'arm64')) return null;
  const script = "import('@sparticuz/chromium').then((m) => m.default.executablePath()).then((p) => process.stdout.write(p))";
  try {
    return execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim() || null;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (/Cannot find (package|module) '@sparticuz\/chromium'/.test(String((error as { stderr?: string }).stderr))) return null;
    throw new Error(`@sparticuz/chromium could not unpack its browser (${reason}). ${NO_BROWSER_MESSAGE}`, { cause: error });
  }
}

/** A headless Chromium for one test file. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await resolveChromium(), headless: true, args: CHROMIUM_ARGS });
}

/** The first of `names` that is an executable file in a PATH folder, else null. */
export function onPath(names: readonly string[], path: string): string | null {
  for (const folder of path.split(delimiter).filter(Boolean)) {
    for (const name of names) {
      const candidate = join(folder, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}
