import { readFile } from 'node:fs/promises';
import { isSearchPage, type BuiltPage } from './site-files.ts';

export interface ScriptFinding {
  urlPath: string;
  what: string;
}

/**
 * What on a page would run JavaScript: `<script>` elements (JSON-LD data blocks excepted), inline
 * event handlers and `javascript:` URLs. Search pages are allowed scripts.
 */
export function scriptsIn(html: string): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (!/type\s*=\s*["']?application\/ld\+json/i.test(tag)) found.push(tag);
  }
  for (const [, handler] of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)\s*=/gi)) if (handler) found.push(handler);
  for (const [url] of html.matchAll(/(?:href|src|action)\s*=\s*["']?\s*javascript:/gi)) found.push(url);
  return found;
}

export async function javascriptBudget(pages: BuiltPage[]): Promise<{ checked: number; findings: ScriptFinding[]; searchPagesWithScripts: number }> {
  const findings: ScriptFinding[] = [];
  let searchPagesWithScripts = 0;
  for (const page of pages) {
    const scripts = scriptsIn(await readFile(page.file, 'utf8'));
    if (isSearchPage(page.urlPath)) {
      if (scripts.length > 0) searchPagesWithScripts += 1;
      continue;
    }
    for (const what of scripts) findings.push({ urlPath: page.urlPath, what });
  }
  return { checked: pages.length, findings, searchPagesWithScripts };
}
