import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => Boolean(p));

/** Flags for a headless Chromium that calls no Google service and needs no GPU or user namespace. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium for the browser tests (playwright-core never downloads a browser). Installed from
 * Debian's packages when missing and this user may do so; otherwise the error says what to install.
 */
export async function ensureChromium(log: (line: string) => void = console.error): Promise<string> {
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error("Chromium is missing: install Debian's package (sudo apt-get install -y chromium) or set CHROMIUM_PATH");
  }
  log("Installing Debian's chromium package for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await exec('apt-get', ['update', '-qq'], { env, maxBuffer: 64 * 1024 * 1024 });
  await exec('apt-get', ['install', '-y', '-qq', 'chromium'], { env, maxBuffer: 64 * 1024 * 1024 });
  if (!existsSync('/usr/bin/chromium')) throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  return '/usr/bin/chromium';
}
