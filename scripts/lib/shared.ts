import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths.ts';

/**
 * shared/ is compiled to shared/dist/ (see ARCHITECTURE.md, "Why shared/ has a build step"). Every command
 * that loads it calls this instead of compiling unconditionally: it compiles only when what tsc reads
 * changed since the last build, recorded by a content hash inside dist/ (as ensureCmsBuilt does).
 */
const SHARED_DIR = path.join(ROOT, 'shared');
const DIST = path.join(SHARED_DIR, 'dist');
const STAMP_NAME = '.atlas-source-hash';
const TSC = path.join(SHARED_DIR, 'node_modules', 'typescript', 'bin', 'tsc');
const exec = promisify(execFile);

/** A fingerprint of everything the compile reads: the sources, the configs and the compiler's version. */
async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      // Relative names: the same tree in another clone or worktree has the same hash.
      else hash.update(path.relative(SHARED_DIR, full)).update(await readFile(full));
    }
  };
  await walk(path.join(SHARED_DIR, 'src'));
  for (const file of ['shared/package.json', 'shared/tsconfig.build.json', 'tsconfig.base.json', 'shared/node_modules/typescript/package.json']) {
    hash.update(file).update(await readFile(path.join(ROOT, file)));
  }
  return hash.digest('hex');
}

/** Compiles shared/ unless shared/dist/ was built from exactly these sources. Returns whether it compiled. */
export async function ensureSharedBuilt(log: (line: string) => void = console.error): Promise<boolean> {
  const wanted = await sourceHash();
  const built = await readFile(path.join(DIST, STAMP_NAME), 'utf8').catch(() => '');
  if (built === wanted) return false;
  log('Compiling shared/ (shared/dist/ was not built from its current sources)…');
  // Compiled aside and swapped in whole: a build that fails leaves the previous one, files of deleted
  // sources do not linger, and a CMS or site build running meanwhile never reads half a folder. The
  // scratch folders sit in node_modules/.cache (same file system, so rename works; ignored by every tool).
  const scratch = path.join(SHARED_DIR, 'node_modules', '.cache');
  const next = path.join(scratch, `atlas-dist-next-${process.pid}`);
  const old = path.join(scratch, `atlas-dist-old-${process.pid}`);
  await mkdir(scratch, { recursive: true });
  await rm(next, { recursive: true, force: true });
  try {
    await exec(process.execPath, [TSC, '-p', 'tsconfig.build.json', '--outDir', next], { cwd: SHARED_DIR });
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`shared/ does not compile:\n${stdout}${stderr}`, { cause: error });
  }
  await writeFile(path.join(next, STAMP_NAME), wanted);
  await rename(DIST, old).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, DIST);
  await rm(old, { recursive: true, force: true });
  return true;
}
