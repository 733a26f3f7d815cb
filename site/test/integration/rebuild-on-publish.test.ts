/**
 * Rebuild on publish, end to end over real parts: the CMS under test sends its signed, coalesced
 * triggers to a real local builder, which rebuilds the site with Astro and swaps it in; a static server
 * serves the live folder. A burst of publishes costs at most two builds and the last content wins; an
 * unpublished article leaves the site; a renamed article keeps answering at its old addresses; an entry
 * broken around the CMS is left out and reported while the rest goes live; a build that fails leaves the
 * served folder byte-identical.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuildRecord, BuildStatus } from '../../../scripts/builder/build-queue.ts';
import { startLocalBuilder } from '../../../scripts/builder/local-builder.ts';
import { adminLogin, createFullAccessToken, graphql, http } from '../../../scripts/test-support/cms-http.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';
import { nowFor, runSql } from '../../../scripts/test-support/direct-sql.ts';
import { treeDigest } from '../../../scripts/test-support/tree-digest.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';
let adminJwt = '';
let fullAccess = '';

interface AdminBuildStatus {
  target: string;
  pending: { changes: number };
  lastDelivery: { ok: boolean; deliveryId: string } | null;
  builder: BuildStatus | { error: string } | null;
}

const builderStatus = async () => (await http<BuildStatus>(`${cms.site.builderUrl}/status`)).body;
const adminBuildStatus = async () => (await http<AdminBuildStatus>(`${cms.url}/admin/site-build/status`, { token: adminJwt })).body;
const livePage = async (pathname: string) => {
  const response = await fetch(`${cms.site.liveUrl}${pathname}`);
  return { status: response.status, html: await response.text() };
};

const settled = () => siteSettled(cms, adminJwt, 240_000);

const buildsSince = (status: BuildStatus, before: Set<string>) => status.history.filter((record) => !before.has(record.id));

interface ArticleList {
  articles: Array<{ documentId: string; slug: string; title: string }>;
}

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `rebuild-${Date.now()}`);
});

describe(`rebuild on publish (${cms.db})`, () => {
  it('shows the admin which target it triggers and what the builder is doing', async () => {
    const status = await adminBuildStatus();
    expect(status.target).toBe('local');
    expect(status.builder).toHaveProperty('history');
    const anonymous = await http(`${cms.url}/admin/site-build/status`);
    expect(anonymous.status).toBe(401);
  });

  it('turns 200 publishes of one article into at most two builds, and the last content wins', async () => {
    const answer = await graphql<ArticleList>(
      cms,
      `
        {
          articles(locale: "vi", sort: "publicationDate:desc", pagination: { limit: 1 }) {
            documentId
            slug
            title
          }
        }
      `,
    );
    const article = answer.data?.articles[0];
    if (!article) throw new Error('the demo content has no article');
    const before = new Set((await settled()).history.map((record) => record.id));

    const started = Date.now();
    let lastTitle = article.title;
    for (let edit = 1; edit <= 200; edit += 1) {
      lastTitle = `${article.title} — bản sửa ${edit}`;
      const { status, body } = await http(`${cms.url}/api/articles/${article.documentId}?status=published&locale=vi`, {
        method: 'PUT',
        token: fullAccess,
        json: { data: { title: lastTitle } },
      });
      expect(status, JSON.stringify(body)).toBe(200);
    }
    const publishing = Date.now() - started;

    const after = await settled();
    const builds = buildsSince(after, before);
    const live = Date.now() - started;
    console.info(
      `[rebuild] 200 publishes in ${(publishing / 1000).toFixed(1)} s → ${builds.length} build(s); live ${(live / 1000).toFixed(1)} s after the first publish`,
    );
    expect(publishing).toBeLessThan(60_000);
    expect(builds.length).toBeGreaterThanOrEqual(1);
    expect(builds.length).toBeLessThanOrEqual(2);
    expect(builds.every((record) => record.state === 'succeeded')).toBe(true);
    const changes = builds.flatMap((record: BuildRecord) => record.changes);
    expect(changes).toContainEqual({ type: ARTICLE, documentId: article.documentId, locale: 'vi', action: 'publish' });

    const page = await livePage(`/articles/${article.slug}/`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(lastTitle);
  });

  it('takes an unpublished article off the site, and brings it back when republished', async () => {
    const answer = await graphql<ArticleList>(
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
    const article = answer.data?.articles[0];
    if (!article) throw new Error('the demo content has no article');
    await settled();
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(200);

    const action = (name: 'publish' | 'unpublish') =>
      http(`${cms.url}/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/${name}?locale=vi`, {
        method: 'POST',
        token: adminJwt,
        json: {},
      });
    expect((await action('unpublish')).status).toBe(200);
    await settled();
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(404);

    expect((await action('publish')).status).toBe(200);
    await settled();
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(200);
  });

  it('keeps a renamed article answering at its old address on the served site, in both languages', async () => {
    const query = `{ articles(locale: "en", sort: "publicationDate:desc", pagination: { limit: 1 }) { documentId slug title } }`;
    const english = (await graphql<ArticleList>(cms, query)).data?.articles[0];
    if (!english) throw new Error('the demo content has no English article');
    const vietnamese = (await graphql<{ article: { slug: string } | null }>(cms, `{ article(documentId: "${english.documentId}", locale: "vi") { slug } }`))
      .data?.article;
    if (!vietnamese) throw new Error('the English article has no Vietnamese version');
    const renames = [
      { locale: 'vi', prefix: '', from: vietnamese.slug, to: `${vietnamese.slug}-doi-ten` },
      { locale: 'en', prefix: '/en', from: english.slug, to: `${english.slug}-renamed` },
    ];
    const rename = (locale: string, slug: string) =>
      http(`${cms.url}/content-manager/collection-types/${ARTICLE}/${english.documentId}/actions/publish?locale=${locale}`, {
        method: 'POST',
        token: adminJwt,
        json: { slug },
      });
    try {
      for (const { locale, to } of renames) expect((await rename(locale, to)).status).toBe(200);
      await settled();
      for (const { prefix, from, to } of renames) {
        expect((await livePage(`${prefix}/articles/${to}/`)).status).toBe(200);
        // The local server reads the site's _redirects as Netlify or Cloudflare would: a real 301.
        const old = await fetch(`${cms.site.liveUrl}${prefix}/articles/${from}/`, { redirect: 'manual' });
        expect(old.status).toBe(301);
        expect(old.headers.get('location')).toBe(`${prefix}/articles/${to}/`);
        // Hosts without a redirect file (GitHub Pages) get a page at the old address that sends readers on.
        const followed = await fetch(`${cms.site.liveUrl}${prefix}/articles/${from}/`);
        expect(new URL(followed.url).pathname).toBe(`${prefix}/articles/${to}/`);
      }
      const pageAtOldAddress = await readFile(`${cms.site.liveDir}/articles/${vietnamese.slug}/index.html`, 'utf8');
      expect(pageAtOldAddress).toContain(`<meta http-equiv="refresh" content="0;url=/articles/${vietnamese.slug}-doi-ten/">`);
      expect(pageAtOldAddress).toContain('<meta name="robots" content="noindex">');
    } finally {
      for (const { locale, from } of renames) await rename(locale, from);
      await settled();
    }
    expect((await livePage(`/articles/${vietnamese.slug}/`)).status).toBe(200);
  });

  it('leaves out an entry broken around the CMS, names it in the build status, and publishes the rest', async () => {
    const answer = await graphql<ArticleList>(
      cms,
      `
        {
          articles(locale: "vi", sort: "publicationDate:desc", pagination: { start: 1, limit: 1 }) {
            documentId
            slug
            title
          }
        }
      `,
    );
    const article = answer.data?.articles[0];
    if (!article) throw new Error('the demo content has no second article');
    await settled();
    const blank = async (title: string) =>
      runSql(cms, 'UPDATE articles SET title = $1, updated_at = $2 WHERE document_id = $3 AND locale = $4', [title, nowFor(cms), article.documentId, 'vi']);
    try {
      await blank('   ');
      const before = new Set((await builderStatus()).history.map((record) => record.id));
      // The hand edit sent no trigger: an editor publishing something else does.
      expect(
        (await http(`${cms.url}/api/tags?locale=vi`, { method: 'POST', token: fullAccess, json: { data: { name: `Thẻ kích hoạt ${Date.now()}` } } })).status,
      ).toBe(201);
      const builds = buildsSince(await settled(), before);
      const last = builds[0];
      expect(last?.state).toBe('succeeded');
      expect(last?.skipped).toEqual([
        expect.objectContaining({ documentId: article.documentId, locale: 'vi', problems: ['title must not be empty or only spaces'] }),
      ]);
      expect((await livePage(`/articles/${article.slug}/`)).status).toBe(404);
      expect((await livePage('/')).status).toBe(200);
      const admin = await adminBuildStatus();
      expect(JSON.stringify(admin.builder)).toContain(article.documentId);
    } finally {
      await blank(article.title);
      await http(`${cms.url}/api/articles/${article.documentId}?status=published&locale=vi`, {
        method: 'PUT',
        token: fullAccess,
        json: { data: { title: article.title } },
      });
      await settled();
    }
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(200);
  });

  it('keeps the served folder byte-identical when a build fails because the CMS answers 500', async () => {
    await settled();
    const failingCms = createServer((_request, response) => {
      response.statusCode = 500;
      response.end('Internal Server Error');
    });
    await new Promise<void>((resolve) => failingCms.listen(0, '127.0.0.1', resolve));
    const failingUrl = `http://127.0.0.1:${(failingCms.address() as AddressInfo).port}`;
    const builder = await startLocalBuilder({ port: 0, secret: 'unused', cmsUrl: failingUrl, token: async () => cms.buildToken, outDir: cms.site.liveDir });
    try {
      const before = await treeDigest(cms.site.liveDir);
      expect(before.files).toBeGreaterThan(20);
      builder.queue.request('manual');
      await builder.queue.idle();
      const last = builder.queue.status().last;
      expect(last?.state).toBe('failed');
      expect(last?.error).toContain(failingUrl);
      expect(await treeDigest(cms.site.liveDir)).toEqual(before);
      expect((await livePage('/')).status).toBe(200);
    } finally {
      await builder.close();
      await new Promise<void>((resolve) => failingCms.close(() => resolve()));
    }
  });
});
