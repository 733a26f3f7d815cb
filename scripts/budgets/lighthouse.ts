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
/** Lighthouse's default configuration: a mid-range phone, 4× CPU slowdown and slow 4G, simulated. */
export const LIGHTHOUSE_PRESET = 'mobile (Lighthouse default: simulated slow 4G, 4× CPU slowdown)';

export interface LighthouseResult {
  url: string;
  /** The median of each category's score (0–100) over the runs. */
  scores: Record<Category, number>;
  /** Every run's scores, in order, to show the spread. */
  runs: Array<Record<Category, number>>;
  /** Of the run with the median performance score: audits that weigh in a category and lost points. */
  costing: string[];
  /** Of the same run: insights and other unweighted audits below 90, advice that does not change a score. */
  advice: string[];
  /** Of the same run: what shifted the layout and why, and where the main thread's time went. */
  shifts: string[];
  mainThread: string;
  /** Lighthouse's measure of this machine's speed (a typical desktop is above 1000) and its warnings. */
  benchmarkIndex: number;
  warnings: string[];
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The parts of the table details of `layout-shifts` and `mainthread-work-breakdown` read here. */
interface DetailItem {
  node?: { selector?: string; value?: string };
  score?: number;
  subItems?: { items?: Array<{ cause?: string; extra?: { value?: string } }> };
  groupLabel?: string;
  duration?: number;
}
const itemsOf = (lhr: Lhr, id: string): DetailItem[] => (lhr.audits[id]?.details as { items?: DetailItem[] } | undefined)?.items ?? [];
const sitePath = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

function describeShiftsAndMainThread(lhr: Lhr): { shifts: string[]; mainThread: string } {
  const shifts = itemsOf(lhr, 'layout-shifts').map((item) => {
    const causes = (item.subItems?.items ?? []).map((sub) => [sub.cause, sub.extra?.value && sitePath(sub.extra.value)].filter(Boolean).join(' '));
    return `${item.node?.selector ?? item.node?.value ?? '?'} ${(item.score ?? 0).toFixed(3)}${causes.length > 0 ? ` (${causes.join(', ')})` : ''}`;
  });
  const mainThread = itemsOf(lhr, 'mainthread-work-breakdown')
    .map((item) => `${item.groupLabel} ${Math.round(item.duration ?? 0)} ms`)
    .join(', ');
  return { shifts, mainThread };
}

function describeAudits(lhr: Lhr): { costing: string[]; advice: string[] } {
  const weighted = new Set(CATEGORIES.flatMap((category) => (lhr.categories[category]?.auditRefs ?? []).filter((ref) => ref.weight > 0).map((ref) => ref.id)));
  const costing: string[] = [];
  const advice: string[] = [];
  for (const audit of Object.values(lhr.audits)) {
    if (audit.score === null || ['informative', 'manual', 'notApplicable'].includes(audit.scoreDisplayMode)) continue;
    const line = `${audit.id} (${Math.round(audit.score * 100)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`;
    if (weighted.has(audit.id) && audit.score < 1) costing.push(line);
    else if (!weighted.has(audit.id) && audit.score < 0.9) advice.push(line);
  }
  return { costing, advice };
}

/**
 * Lighthouse over each URL, `runs` times each (its scores vary from run to run, the more so on a busy
 * machine; its authors advise the median of five), with Debian's Chromium started headless on a
 * DevTools port.
 */
export async function lighthouseScores(chromiumPath: string, urls: string[], runs = 5): Promise<LighthouseResult[]> {
  const port = await freePort();
  const profile = await mkdtemp(path.join(os.tmpdir(), 'atlas-lighthouse-'));
  const chromium = spawn(chromiumPath, [...CHROMIUM_ARGS, '--headless=new', `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: 'ignore',
  });
  try {
    await devtoolsReady(port);
    const results: LighthouseResult[] = [];
    for (const url of urls) {
      const reports: Lhr[] = [];
      for (let run = 0; run < runs; run += 1) {
        const answer = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
        if (!answer) throw new Error(`Lighthouse returned nothing for ${url}`);
        reports.push(answer.lhr);
      }
      const scoresOf = (lhr: Lhr) =>
        Object.fromEntries(CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as Record<Category, number>;
      const all = reports.map(scoresOf);
      const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(all.map((run) => run[category]))])) as Record<Category, number>;
      const representative = reports.find((lhr) => scoresOf(lhr).performance === scores.performance) ?? reports[0];
      if (!representative) throw new Error('no Lighthouse run');
      results.push({
        url,
        scores,
        runs: all,
        ...describeAudits(representative),
        ...describeShiftsAndMainThread(representative),
        benchmarkIndex: median(reports.map((lhr) => lhr.environment.benchmarkIndex)),
        warnings: [...new Set(reports.flatMap((lhr) => lhr.runWarnings.map(String)))],
      });
    }
    return results;
  } finally {
    await stop(chromium);
    await rm(profile, { recursive: true, force: true });
  }
}
