import axe from 'axe-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';

export const IMPACTS = ['critical', 'serious', 'moderate', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

interface Violation {
  id: string;
  impact: Impact;
  help: string;
  nodes: number;
  /** CSS selectors of the first offending elements. */
  targets: string[];
}

export interface AxeResult {
  url: string;
  /** Offending elements per impact. */
  byImpact: Record<Impact, number>;
  violations: Violation[];
}

export const isBlocking = (violation: Violation) => violation.impact === 'serious' || violation.impact === 'critical';

// Runs in the page, as source: this package is type-checked without the DOM's types. The answer is JSON.
const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((found) => found.violations.map((v) => ({
  id: v.id, impact: v.impact || 'minor', help: v.help, nodes: v.nodes.length,
  targets: v.nodes.slice(0, 3).map((node) => node.target.join(' ')),
})))`;

/** axe-core's default rules (WCAG 2.x A and AA, and its best practices) in Debian's Chromium, per URL. */
export async function axeViolations(chromiumPath: string, urls: string[]): Promise<AxeResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const results: AxeResult[] = [];
    for (const url of urls) {
      const response = await page.goto(url, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
      await page.addScriptTag({ content: axe.source });
      const violations = await page.evaluate<Violation[]>(RUN_AXE);
      const byImpact: Record<Impact, number> = { critical: 0, serious: 0, moderate: 0, minor: 0 };
      for (const violation of violations) byImpact[violation.impact] += violation.nodes;
      results.push({ url, byImpact, violations });
    }
    return results;
  } finally {
    await browser.close();
  }
}
