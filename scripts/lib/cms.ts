import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';
import { run, stop } from './run.ts';
import { freshCmsSecrets } from './secrets.ts';
import { ensureSharedBuilt } from './shared.ts';

const STRAPI_BIN = path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const BUILD_STAMP = path.join(CMS_DIR, 'dist', '.atlas-build-hash');

/** A fingerprint of everything `strapi build` reads, so an unchanged CMS is not rebuilt (45 s saved). */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else hash.update(full).update(await readFile(full));
    }
  };
  for (const dir of ['src', 'config']) await walk(path.join(CMS_DIR, dir));
  for (const file of ['package.json', 'tsconfig.json']) hash.update(await readFile(path.join(CMS_DIR, file)));
  // cms/tsconfig.json extends the workspace's base: its options are the build's too.
  hash.update(await readFile(path.join(CMS_DIR, '..', 'tsconfig.base.json')));
  // The shared package is compiled into the CMS's dependencies.
  await walk(path.join(CMS_DIR, '..', 'shared', 'dist'));
  return hash.digest('hex');
}

export async function ensureCmsBuilt(log: (line: string) => void = console.error): Promise<void> {
  // The admin panel bundles shared/dist and the server requires it: it must be current before hashing.
  await ensureSharedBuilt(log);
  const wanted = await sourceHash();
  const built = existsSync(BUILD_STAMP) ? await readFile(BUILD_STAMP, 'utf8') : '';
  if (built === wanted && existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'))) return;
  log('Building the CMS (TypeScript and admin panel, about a minute)…');
  const started = Date.now();
  await run(process.execPath, [STRAPI_BIN, 'build'], {
    cwd: CMS_DIR, // The build loads the config, which refuses to run without secrets; none of them ends up in the build.
    env: { ...freshCmsSecrets(), ...process.env, NODE_ENV: 'production' },
    quiet: true,
  });
  await writeFile(BUILD_STAMP, wanted);
  log(`CMS built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export interface RunningCms {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `strapi start` with the given environment and resolves once /_health answers. */
export async function startCms(env: Record<string, string>, options: { port: number; echo?: boolean; timeoutMs?: number }): Promise<RunningCms> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [STRAPI_BIN, 'start'], {
    cwd: CMS_DIR,
    env: {
      ...process.env,
      STRAPI_TELEMETRY_DISABLED: 'true',
      STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
      ...env,
      HOST: '127.0.0.1',
      PORT: String(options.port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 400_000) output = output.slice(-200_000);
    if (options.echo) process.stderr.write(chunk);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const deadline = Date.now() + (options.timeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with code ${child.exitCode} while starting:\n${output.slice(-6000)}`);
    try {
      const response = await fetch(`${url}/_health`);
      if (response.status === 204) return { url, process: child, output: () => output, stop: () => stop(child) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop(child);
  throw new Error(`Strapi did not answer on ${url} within the time limit:\n${output.slice(-6000)}`);
}

/** Waits for a file the CMS writes at bootstrap (the site-build token). */
export async function readWhenPresent(file: string, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await stat(file)).size > 0) return (await readFile(file, 'utf8')).trim();
    } catch {
      // not written yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${file} was not written by the CMS`);
}
