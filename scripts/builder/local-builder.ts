import type { AddressInfo } from 'node:net';
import { buildSite } from '../lib/site.ts';
import { BuildQueue } from './build-queue.ts';
import { createReceiver } from './receiver.ts';

/**
 * The self-hosted builder: receives signed triggers, rebuilds the static site from the CMS into a fresh
 * folder and swaps it in atomically. The start command runs one; `pnpm builder` runs one on its own.
 */
export interface LocalBuilderOptions {
  port: number;
  secret: string;
  cmsUrl: string;
  /** The read-only site-build token, read afresh for every build (the CMS may rotate it). */
  token: () => Promise<string>;
  outDir: string;
  log?: (line: string) => void;
}

export interface LocalBuilder {
  url: string;
  queue: BuildQueue;
  close: () => Promise<void>;
}

export async function startLocalBuilder(options: LocalBuilderOptions): Promise<LocalBuilder> {
  const log = options.log ?? (() => undefined);
  const queue = new BuildQueue(async (record) => {
    log(`build ${record.id.slice(0, 8)} started (${record.reason}, ${record.changes.length} change(s))`);
    const started = Date.now();
    try {
      const { skipped } = await buildSite({ cmsUrl: options.cmsUrl, token: await options.token(), outDir: options.outDir, quiet: true });
      record.skipped = skipped;
      log(`build ${record.id.slice(0, 8)} succeeded in ${((Date.now() - started) / 1000).toFixed(1)} s; the site is live`);
      for (const entry of skipped) {
        log(`  left out: ${entry.label} "${entry.title}" (${entry.locale}): ${entry.problems.join('; ')} — fix it at ${entry.adminUrl}`);
      }
    } catch (error) {
      log(`build ${record.id.slice(0, 8)} FAILED, the live site is unchanged: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      throw error;
    }
  });
  const server = createReceiver({ secret: options.secret, queue, log });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queue,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
