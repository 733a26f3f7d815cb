import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';
import { freePort } from '../lib/ports.ts';
import { stop } from '../lib/run.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  url: string;
  scores: Record<Category, number>;
  /** Audits that lost points, for the report. */
  failing: string[];
}

async function devtoolsReady(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Chromium did not open its DevTools port ${port}`);
}

/**
 * Lighthouse (default config: a mid-range phone on a throttled 4G connection, simulated) over each URL,
 * with Debian's Chromium started headless on a DevTools port.
 */
export async function lighthouseScores(chromiumPath: string, urls: string[]): Promise<LighthouseResult[]> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'atlas-lighthouse-'));
  const chromium = spawn(chromiumPath, [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  try {
    await devtoolsReady(port);
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const run = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { categories, audits } = run.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
        .map((audit) => `${audit.id} (${Math.round((audit.score ?? 0) * 100)})`);
      results.push({ url, scores, failing });
    }
    return results;
  } finally {
    await stop(chromium);
    await rm(profile, { recursive: true, force: true });
  }
}
