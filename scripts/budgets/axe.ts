import axe from 'axe-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../lib/chromium.ts';

export interface AxeResult {
  url: string;
  byImpact: Record<'critical' | 'serious' | 'moderate' | 'minor', number>;
  /** Serious and critical violations: rule and how many nodes. */
  blocking: string[];
}

interface Violation {
  id: string;
  impact: keyof AxeResult['byImpact'];
  nodes: number;
}

/** axe-core (WCAG 2.x A and AA, best practices) in Debian's Chromium over each URL. */
export async function axeViolations(chromiumPath: string, urls: string[]): Promise<AxeResult[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const results: AxeResult[] = [];
    for (const url of urls) {
      await page.goto(url, { waitUntil: 'load' });
      await page.addScriptTag({ content: axe.source });
      // Evaluated as source: this package is type-checked without the DOM's types. The answer comes back as JSON.
      const violations = (await page.evaluate(
        `axe.run(document, { resultTypes: ['violations'] }).then((found) => found.violations.map((v) => ({ id: v.id, impact: v.impact || 'minor', nodes: v.nodes.length })))`,
      )) as Violation[];
      const byImpact = { critical: 0, serious: 0, moderate: 0, minor: 0 };
      for (const violation of violations) byImpact[violation.impact] += violation.nodes;
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ×${v.nodes}`);
      results.push({ url, byImpact, blocking });
    }
    return results;
  } finally {
    await browser.close();
  }
}
