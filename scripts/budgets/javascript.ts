import { readFile } from 'node:fs/promises';
import { isSearchPage, type BuiltPage } from './site-files.ts';

export interface ScriptFinding {
  urlPath: string;
  what: string;
}

/** Attribute names and values of a start tag's attribute text (entities left as written). */
function attributesOf(text: string): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  for (const [, name, double, single, bare] of text.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    if (name) attributes.push([name.toLowerCase(), double ?? single ?? bare ?? '']);
  }
  return attributes;
}

/** A URL that points at a JavaScript file (whatever its query or fragment). */
const isJsFile = (url: string) => /\.[cm]?js$/i.test(url.trim().split(/[?#]/)[0] ?? '');
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data']);

/**
 * What on a page would run JavaScript: `<script>` elements (JSON-LD data blocks excepted), `.js` files
 * referenced by any element (modulepreload, preload, iframe…), inline `on…` handlers and `javascript:`
 * URLs. Comments, and the text of script and style elements, are not markup and are not scanned.
 */
export function scriptsIn(html: string): string[] {
  const found: string[] = [];
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style|textarea|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>)[\s\S]*?<\/\2\s*>/gi, '$1');
  for (const [tag, rawName, attributeText] of markup.matchAll(/<([a-z][a-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi)) {
    const element = rawName?.toLowerCase() ?? '';
    const attributes = attributesOf(attributeText ?? '');
    if (element === 'script') {
      const type = attributes
        .find(([name]) => name === 'type')?.[1]
        .trim()
        .toLowerCase();
      if (type !== 'application/ld+json') found.push(tag);
      continue;
    }
    for (const [name, value] of attributes) {
      if (name.startsWith('on')) found.push(`${name}="…" on <${element}>`);
      else if (URL_ATTRIBUTES.has(name) && /^\s*javascript:/i.test(value)) found.push(`javascript: URL in <${element} ${name}>`);
      else if ((name === 'src' || name === 'data' || (element === 'link' && name === 'href')) && isJsFile(value))
        found.push(`${value} in <${element} ${name}>`);
    }
  }
  return found;
}

export interface JavascriptBudget {
  checked: number;
  findings: ScriptFinding[];
  /** The search pages built, and whether each ships a script (they may). */
  searchPages: Array<{ urlPath: string; scripts: number }>;
}

export async function javascriptBudget(pages: BuiltPage[]): Promise<JavascriptBudget> {
  const findings: ScriptFinding[] = [];
  const searchPages: JavascriptBudget['searchPages'] = [];
  for (const page of pages) {
    const scripts = scriptsIn(await readFile(page.file, 'utf8'));
    if (isSearchPage(page.urlPath)) searchPages.push({ urlPath: page.urlPath, scripts: scripts.length });
    else for (const what of scripts) findings.push({ urlPath: page.urlPath, what });
  }
  return { checked: pages.length - searchPages.length, findings, searchPages };
}
