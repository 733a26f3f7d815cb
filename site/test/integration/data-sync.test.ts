/**
 * The site's data pipeline against the real CMS, counted on the wire through a proxy: a cold build pages
 * through more entries than the CMS's page size and more relations than its relation limit; a warm build
 * asks one question per locale; an edit costs no more; an unpublished entry leaves the store and the
 * site; an entry that breaks the content rules (written around the CMS, which refuses it) is left out
 * with a warning naming it, its field and where to fix it, and comes back once fixed; a collection that
 * shrinks to under half fails the build unless the drop is confirmed.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../../scripts/lib/site.ts';
import { startCountingProxy, type CountingProxy } from '../../../scripts/test-support/counting-proxy.ts';
import { adminLogin, createFullAccessToken, graphql, http } from '../../../scripts/test-support/cms-http.ts';
import { nowFor, runSql } from '../../../scripts/test-support/direct-sql.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';
import { treeDigest } from '../../../scripts/test-support/tree-digest.ts';

const cms = inject('cms');
const TAG_COUNT = 130;
const TAGS_ON_ARTICLE = 120;
const stamp = Date.now().toString(36);
let proxy: CountingProxy;
let workDir = '';
let outDir = '';
let adminJwt = '';
let fullAccess = '';
let article = { documentId: '', slug: '', title: '' };
const tagIds: string[] = [];
const tagNames: string[] = [];

const decode = (html: string) =>
  html
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const articlePage = async () => decode(await readFile(path.join(outDir, 'articles', article.slug, 'index.html'), 'utf8'));

/** One build through the proxy; the GraphQL operations it sent. */
async function build(): Promise<string[]> {
  return (await buildReporting()).operations;
}

async function buildReporting() {
  // This file's writes rebuild the live site too. Builds whose output lies outside site/ share Astro's
  // scratch folder (site/.astro), so two at once trip over each other: let the live one finish first.
  await siteSettled(cms, adminJwt);
  proxy.reset();
  const { skipped } = await buildSite({ cmsUrl: proxy.url, token: cms.buildToken, outDir, quiet: true });
  return { operations: [...proxy.operations], skipped };
}

async function rest<T = unknown>(method: string, pathname: string, data?: unknown) {
  const answer = await http<T>(`${cms.url}/api/${pathname}`, { method, token: fullAccess, json: data === undefined ? undefined : { data } });
  if (answer.status >= 300) throw new Error(`${method} ${pathname}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `sync-${stamp}`);
  proxy = await startCountingProxy(cms.url);
  workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-sync-'));
  outDir = path.join(workDir, 'dist');

  for (let index = 1; index <= TAG_COUNT; index += 1) {
    const name = `Từ khóa đồng bộ ${stamp} số ${index}`;
    const created = await rest<{ data: { documentId: string } }>('POST', 'tags?locale=vi', { name });
    tagIds.push(created.data.documentId);
    tagNames.push(name);
  }
  const answer = await graphql<{ articles: Array<{ documentId: string; slug: string; title: string }> }>(
    cms,
    `
      {
        articles(locale: "vi", sort: "publicationDate:asc", pagination: { limit: 1 }) {
          documentId
          slug
          title
        }
      }
    `,
  );
  article = answer.data?.articles[0] ?? article;
  await rest('PUT', `articles/${article.documentId}?status=published&locale=vi`, { tags: tagIds.slice(0, TAGS_ON_ARTICLE) });
  // Writes from the last second are read again by the next build (they may still have been committing);
  // let the setup's burst of 130 tags age past that, as an editor's day would.
  await new Promise((resolve) => setTimeout(resolve, 1500));
});

afterAll(async () => {
  // The synthetic tags stay: the CMS under test is shared with the live builder of the other files,
  // whose own shrink guard would (rightly) refuse a collection that lost most of its entries.
  await proxy?.close();
  await rm(workDir, { recursive: true, force: true });
});

describe(`incremental content sync (${cms.db})`, () => {
  it('pages through more entries than a page and more relations than the relation limit', async () => {
    const operations = await build();
    console.info(`[sync] cold build: ${operations.length} GraphQL requests (${[...new Set(operations)].join(', ')})`);
    expect(operations).toContain('TagsChanged');
    expect(operations).toContain('ArticleRelationsPage');
    const html = await articlePage();
    for (const name of tagNames.slice(0, TAGS_ON_ARTICLE)) expect(html).toContain(name);
    expect(html).not.toContain(tagNames[TAGS_ON_ARTICLE]);
  });

  it('asks one question per locale when nothing changed', async () => {
    const operations = await build();
    expect(operations.filter((operation) => operation === 'ContentChanges')).toHaveLength(2);
    expect(operations.length).toBeLessThanOrEqual(3);
  });

  it('needs no more after one edited article, and shows the edit', async () => {
    const title = `${article.title} (sửa ${stamp})`;
    await rest('PUT', `articles/${article.documentId}?status=published&locale=vi`, { title });
    const operations = await build();
    console.info(`[sync] warm build after one edit: ${operations.length} GraphQL requests (${operations.join(', ')})`);
    expect(operations.length).toBeLessThanOrEqual(3);
    expect(await articlePage()).toContain(title);
  });

  it('drops an unpublished article from the store and the site', async () => {
    const action = (name: 'publish' | 'unpublish') =>
      http(`${cms.url}/content-manager/collection-types/api::article.article/${article.documentId}/actions/${name}?locale=vi`, {
        method: 'POST',
        token: adminJwt,
        json: {},
      });
    expect((await action('unpublish')).status).toBe(200);
    try {
      const operations = await build();
      console.info(`[sync] warm build after one unpublish: ${operations.length} GraphQL requests (${operations.join(', ')})`);
      expect(operations).toContain('ExistingIds');
      expect(operations.length).toBeLessThanOrEqual(4);
      expect(existsSync(path.join(outDir, 'articles', article.slug, 'index.html'))).toBe(false);
    } finally {
      expect((await action('publish')).status).toBe(200);
    }
    await build();
    expect(existsSync(path.join(outDir, 'articles', article.slug, 'index.html'))).toBe(true);
  });

  it('leaves out an entry that breaks the rules, naming it, its field and where to fix it, until it is fixed', async () => {
    const name = `Từ khóa sẽ hỏng ${stamp}`;
    const created = await rest<{ data: { documentId: string; slug: string } }>('POST', 'tags?locale=vi', { name });
    await rest('PUT', `articles/${article.documentId}?status=published&locale=vi`, { tags: [...tagIds.slice(0, TAGS_ON_ARTICLE), created.data.documentId] });
    await build();
    expect(await articlePage()).toContain(name);

    // The CMS refuses a blank name; an edit around it (an old import, a hand-edited database) does not.
    await runSql(cms, 'UPDATE tags SET name = $1, updated_at = $2 WHERE document_id = $3', ['   ', nowFor(cms), created.data.documentId]);
    const broken = await buildReporting();
    expect(broken.skipped).toEqual([
      expect.objectContaining({
        collection: 'tags',
        documentId: created.data.documentId,
        locale: 'vi',
        problems: ['name must not be empty or only spaces'],
        adminUrl: expect.stringContaining(`/admin/content-manager/collection-types/api::tag.tag/${created.data.documentId}`),
      }),
    ]);
    expect(await articlePage()).not.toContain(name);
    expect(existsSync(path.join(outDir, 'tags', created.data.slug, 'index.html'))).toBe(false);
    // Still reported by a build in which it did not change: it stays loud until fixed.
    expect((await buildReporting()).skipped.map((entry) => entry.documentId)).toEqual([created.data.documentId]);

    await rest('PUT', `tags/${created.data.documentId}?locale=vi`, { name: `${name} (sửa)` });
    const fixed = await buildReporting();
    expect(fixed.skipped).toEqual([]);
    expect(await articlePage()).toContain(`${name} (sửa)`);
  });

  it('refuses a collection that shrank to under half, until the drop is confirmed', async () => {
    for (const id of tagIds.splice(0, 100)) await rest('DELETE', `tags/${id}?locale=vi`);
    const before = await treeDigest(outDir);
    await expect(build()).rejects.toThrow(/under half of the \d+ the last build saw.*ATLAS_ALLOW_CONTENT_DROP=1/s);
    expect(await treeDigest(outDir)).toEqual(before);

    process.env.ATLAS_ALLOW_CONTENT_DROP = '1';
    try {
      await build();
    } finally {
      delete process.env.ATLAS_ALLOW_CONTENT_DROP;
    }
    // The article pointed at tags 1–120; 1–100 are gone, 101–120 remain.
    const html = await articlePage();
    expect(html).not.toMatch(new RegExp(`${tagNames[0]}(?!\\d)`));
    expect(html).toContain(tagNames[100]);

    // Put the collection back to its size for the builds of the other test files (see afterAll).
    for (let index = 1; index <= 100; index += 1) await rest('POST', 'tags?locale=vi', { name: `Từ khóa khôi phục ${stamp} số ${index}` });
  });
});
