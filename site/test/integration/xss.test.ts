/**
 * Text from the CMS cannot become executable in the static site. An article is published with a body
 * full of XSS payloads (raw HTML and Markdown: scripts, event handlers, javascript:/data: URLs, SVG,
 * MathML, iframes, forms, objects, CSS URLs) and with `<script>` in its lead, cover caption, cover alt
 * and source; the site is built from the real CMS; the article page then holds no script, no `on*`
 * attribute, no javascript:/data: URL and no element outside the rich-text allow-list, as parsed by
 * Debian's Chromium; opened there, no dialog fires, its links go nowhere, and the plain-text fields
 * show the payload as visible text. The article is put back as it was afterwards.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/lib/chromium.ts';
import { buildSite } from '../../../scripts/lib/site.ts';
import { serveStatic } from '../../../scripts/lib/static-server.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';
import { adminLogin, createFullAccessToken, graphql, http } from '../../../scripts/test-support/cms-http.ts';

const cms = inject('cms');

const SCRIPT = '<script>alert(1)</script>';
const MARKER = 'XSS-MARKER-an-toàn-7f3c';
const MARKER_END = 'XSS-MARKER-hết-7f3c';
const PAYLOADS = [
  SCRIPT,
  '<img src=x onerror="alert(1)">',
  '[click](javascript:alert(1))',
  '<a href="JaVaScRiPt:alert(1)">x</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<details open ontoggle=alert(1)>',
  '<a href="&#106;ava&#x73;cript:alert(1)">entities</a>',
  '<a href="java\tscript:alert(1)">tab</a>',
  '[auto](<javascript:alert(1)>)',
  '<a href="vbscript:msgbox(1)">vb</a>',
  // Last in the combined block: its unclosed <style> swallows everything after it.
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
];
/** The only elements rich text may produce (shared/src/richtext.ts). */
const RICH_TEXT_TAGS = [
  'p',
  'br',
  'h2',
  'h3',
  'h4',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'code',
  'pre',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'figure',
  'figcaption',
];
const HOSTILE = {
  lead: `Sapo thử XSS ${SCRIPT} hết sapo`,
  coverCaption: `Chú thích ${SCRIPT}`,
  coverAlt: `Ảnh" onerror="alert(1)" x="${SCRIPT}`,
  source: `Báo thử ${SCRIPT}`,
};

type RichTextBlock = { __component: 'content.rich-text'; body: string };
type FigureBlock = { __component: 'content.figure'; image: number | null; alt: string; caption: string | null; credit: string | null };
type StoredBlock =
  | (RichTextBlock & { id?: number })
  | { __component: 'content.figure'; id?: number; image: { id: number } | null; alt: string; caption: string | null; credit: string | null };
interface StoredArticle {
  lead: string;
  coverCaption: string | null;
  coverAlt: string;
  source: string | null;
  body: StoredBlock[];
}
type ArticleText = Omit<StoredArticle, 'body'> & { body: Array<RichTextBlock | FigureBlock> };

let adminJwt = '';
let fullAccess = '';
let article: { documentId: string; slug: string } | null = null;
let original: ArticleText | null = null;
let changed = false;
let workDir = '';
let outDir = '';
let server: { url: string; close: () => Promise<void> } | null = null;
let browser: Browser | null = null;

const pagePath = () => `/articles/${article?.slug ?? ''}/`;

function running(): { browser: Browser; url: string } {
  if (!browser || !server) throw new Error('beforeAll did not start Chromium and the static server');
  return { browser, url: `${server.url}${pagePath()}` };
}

function writable(stored: StoredArticle): ArticleText {
  return {
    lead: stored.lead,
    coverCaption: stored.coverCaption,
    coverAlt: stored.coverAlt,
    source: stored.source,
    body: stored.body.map((block): RichTextBlock | FigureBlock =>
      block.__component === 'content.rich-text'
        ? { __component: block.__component, body: block.body }
        : { __component: block.__component, image: block.image?.id ?? null, alt: block.alt, caption: block.caption, credit: block.credit },
    ),
  };
}

/** The published Vietnamese text of an article, body with its photos, in the shape a write takes. */
async function readText(documentId: string): Promise<ArticleText> {
  const populate = new URLSearchParams({
    locale: 'vi',
    'populate[body][on][content.rich-text][populate]': '*',
    'populate[body][on][content.figure][populate]': '*',
  });
  const stored = await http<{ data: StoredArticle }>(`${cms.url}/api/articles/${documentId}?${populate}`, { token: fullAccess });
  if (stored.status !== 200) throw new Error(`reading article ${documentId} failed: ${stored.status} ${JSON.stringify(stored.body)}`);
  return writable(stored.body.data);
}

async function publish(documentId: string, data: ArticleText): Promise<void> {
  const { status, body } = await http(`${cms.url}/api/articles/${documentId}?status=published&locale=vi`, { method: 'PUT', token: fullAccess, json: { data } });
  if (status !== 200) throw new Error(`updating article ${documentId} failed: ${status} ${JSON.stringify(body)}`);
}

async function htmlFilesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The markup with every double-quoted attribute value emptied. Astro escapes `"` and `&` in attribute
 * values but leaves `<` as it is, which is valid and inert HTML (`content="… <script> …"` is text); a
 * tag is only a tag outside them. The browser checks below see the same through a real parser.
 */
const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');

/** The few DOM members the in-page checks use (the test's TypeScript has no DOM library). */
interface PageElement {
  readonly tagName: string;
  readonly textContent: string | null;
  getAttributeNames(): string[];
  getAttribute(name: string): string | null;
  closest(selector: string): PageElement | null;
}
interface PageDocument {
  readonly baseURI: string;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface DomFindings {
  scripts: number;
  eventHandlers: string[];
  dangerousUrls: string[];
  foreignInBody: string[];
  styledInBody: number;
  proseText: string;
  proseBlocks: number;
}

/** Runs in the page: everything that could execute, as the browser parsed it. */
function inspectDom(tags: string[]): DomFindings {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  const all = Array.from(doc.querySelectorAll('*'));
  const urlAttributes = new Set([
    'href',
    'src',
    'srcset',
    'action',
    'formaction',
    'data',
    'xlink:href',
    'poster',
    'background',
    'ping',
    'srcdoc',
    'codebase',
    'cite',
  ]);
  const dangerous = (value: string) => {
    const trimmed = value.trim().toLowerCase();
    if (/^(javascript|data|vbscript):/.test(trimmed)) return true;
    try {
      return ['javascript:', 'data:', 'vbscript:'].includes(new URL(value, doc.baseURI).protocol);
    } catch {
      return false;
    }
  };
  const prose = Array.from(doc.querySelectorAll('article .prose'));
  const inProse = all.filter((element) => element.closest('article .prose') !== null && !prose.includes(element));
  return {
    scripts: doc.querySelectorAll('script:not([type="application/ld+json"])').length,
    eventHandlers: all.flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => name.toLowerCase().startsWith('on'))
        .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
    ),
    dangerousUrls: all.flatMap((element) =>
      element
        .getAttributeNames()
        .filter((name) => urlAttributes.has(name.toLowerCase()) && dangerous(element.getAttribute(name) ?? ''))
        .map((name) => `<${element.tagName.toLowerCase()} ${name}="${element.getAttribute(name) ?? ''}">`),
    ),
    foreignInBody: inProse.map((element) => element.tagName.toLowerCase()).filter((tag) => !tags.includes(tag)),
    styledInBody: inProse.filter((element) => element.getAttribute('style') !== null).length,
    proseText: prose.map((element) => element.textContent ?? '').join('\n'),
    proseBlocks: prose.length,
  };
}

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `xss-${Date.now()}`);
  const answer = await graphql<{ articles: Array<{ documentId: string; slug: string }> }>(
    cms,
    `
      {
        articles(locale: "vi", pagination: { limit: 1 }) {
          documentId
          slug
        }
      }
    `,
  );
  article = answer.data?.articles[0] ?? null;
  if (!article) throw new Error(`the demo content has no Vietnamese article: ${JSON.stringify(answer.errors)}`);

  original = await readText(article.documentId);
  expect(original.body.length).toBeGreaterThan(0);
  expect(original.body.filter((block) => block.__component === 'content.figure').every((block) => block.image !== null)).toBe(true);

  changed = true;
  await publish(article.documentId, {
    ...HOSTILE,
    body: [
      {
        __component: 'content.rich-text',
        body: `Đoạn mở đầu an toàn ${MARKER} với **chữ đậm** và [liên kết](https://example.org/).\n\n${PAYLOADS.join('\n\n')}`,
      },
      // Each payload alone as well, so that none hides another.
      ...PAYLOADS.map((payload): RichTextBlock => ({ __component: 'content.rich-text', body: `${payload}\n\nSau payload.` })),
      { __component: 'content.rich-text', body: `Đoạn kết ${MARKER_END}.` },
    ],
  });

  workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-xss-'));
  outDir = path.join(workDir, 'dist');
  await buildSite({ cmsUrl: cms.url, token: cms.buildToken, outDir, quiet: true });
  server = await serveStatic({ dir: outDir, port: 0 });
  browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
});

afterAll(async () => {
  try {
    if (changed && article && original) {
      await publish(article.documentId, original);
      expect(await readText(article.documentId)).toEqual(original);
      await siteSettled(cms, adminJwt);
    }
  } finally {
    await browser?.close();
    await server?.close();
    if (workDir) await rm(workDir, { recursive: true, force: true });
  }
});

describe(`CMS text stays inert in the static site (${cms.db})`, () => {
  it('renders the hostile article without a script, and escapes the plain-text fields', async () => {
    const html = await readFile(path.join(outDir, 'articles', article?.slug ?? '', 'index.html'), 'utf8');
    expect(html).toContain(MARKER);
    expect(html).toContain(MARKER_END);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // The one script element is the JSON-LD data block, which carries the hostile lead and title as
    // JSON: every `<` in it is escaped, so nothing inside can close the element or open a tag.
    const dataBlocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
    expect(dataBlocks).toHaveLength(1);
    expect(dataBlocks[0]).not.toContain('<');
    expect((JSON.parse(dataBlocks[0] ?? '') as { description: string }).description).toContain('<script>');
    expect(outsideAttributes(html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''))).not.toMatch(/<script/i);

    // The lead also appears in the article lists: nowhere is it written out as markup.
    const pages = await htmlFilesUnder(outDir);
    expect(pages.length).toBeGreaterThan(10);
    const leaking: string[] = [];
    for (const file of pages) {
      if (outsideAttributes(await readFile(file, 'utf8')).includes(SCRIPT)) leaking.push(path.relative(outDir, file));
    }
    expect(leaking).toEqual([]);
  });

  it('holds nothing executable in the DOM Chromium parses from the built page (JavaScript off)', async () => {
    const { browser, url } = running();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      const findings = await page.evaluate(inspectDom, RICH_TEXT_TAGS);
      expect(findings.proseText).toContain(MARKER);
      expect(findings.proseText).toContain(MARKER_END);
      expect(findings.proseBlocks).toBe(PAYLOADS.length + 2);
      expect(findings.scripts).toBe(0);
      expect(findings.eventHandlers).toEqual([]);
      expect(findings.dangerousUrls).toEqual([]);
      expect(findings.foreignInBody).toEqual([]);
      expect(findings.styledInBody).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('fires no dialog in Chromium, its body links go nowhere, and the payload text is visible as text', async () => {
    const { browser, url } = running();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    const popups: string[] = [];
    const visited: string[] = [];
    try {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('popup', (popup) => popups.push(popup.url()));
      page.on('framenavigated', (frame) => visited.push(frame.url()));
      await page.goto(url, { waitUntil: 'load' });
      await page.waitForTimeout(1000);

      const links = page.locator('article .prose a');
      const count = await links.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index += 1) {
        const link = links.nth(index);
        const href = await link.getAttribute('href');
        if (href !== null && /^https?:/i.test(href)) continue; // the one safe outside link; following it proves nothing
        await link.hover({ timeout: 5000 });
        await link.click({ timeout: 5000 });
        await page.waitForTimeout(100);
        expect(page.url(), `link ${index} (${href ?? 'no href'}) navigated`).toBe(url);
      }
      await page.waitForTimeout(500);

      const findings = await page.evaluate(inspectDom, RICH_TEXT_TAGS);
      expect(findings.scripts).toBe(0);
      expect(findings.eventHandlers).toEqual([]);
      expect(findings.dangerousUrls).toEqual([]);
      expect(findings.foreignInBody).toEqual([]);

      expect(await page.locator('article p.lead').textContent()).toBe(HOSTILE.lead);
      expect(await page.locator('article > figure').first().locator('figcaption').textContent()).toContain(HOSTILE.coverCaption);
      expect(await page.locator('article > figure').first().locator('img').getAttribute('alt')).toBe(HOSTILE.coverAlt);
      expect(await page.locator('article').textContent()).toContain(HOSTILE.source.replace(/^Nguồn:\s*/u, ''));
      expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(HOSTILE.lead);

      expect(dialogs).toEqual([]);
      expect(popups).toEqual([]);
      expect(visited.filter((address) => address !== url)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
