/**
 * Rebuild on publish, end to end over real parts: the CMS under test sends its signed, coalesced
 * triggers to a real local builder, which rebuilds the site with Astro and swaps it in; a static server
 * serves the live folder. A burst of publishes costs at most two builds and the last content wins; an
 * unpublished article leaves the site; a build that fails leaves the served folder byte-identical.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BuildRecord, BuildStatus } from '../../../scripts/builder/build-queue.ts';
import { startLocalBuilder } from '../../../scripts/builder/local-builder.ts';
import { adminLogin, createFullAccessToken, graphql, http } from '../../../scripts/test-support/cms-http.ts';
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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const builderStatus = async () => (await http<BuildStatus>(`${cms.site.builderUrl}/status`)).body;
const adminBuildStatus = async () => (await http<AdminBuildStatus>(`${cms.url}/admin/site-build/status`, { token: adminJwt })).body;
const livePage = async (pathname: string) => {
  const response = await fetch(`${cms.site.liveUrl}${pathname}`);
  return { status: response.status, html: await response.text() };
};

/** Waits until the CMS holds no pending change and the builder neither runs nor queues, twice in a row. */
async function settled(timeoutMs = 240_000): Promise<BuildStatus> {
  const deadline = Date.now() + timeoutMs;
  let calmReadings = 0;
  while (Date.now() < deadline) {
    const [cmsSide, builder] = await Promise.all([adminBuildStatus(), builderStatus()]);
    const calm = cmsSide.pending.changes === 0 && builder.current === null && builder.waiting === null;
    calmReadings = calm ? calmReadings + 1 : 0;
    if (calmReadings === 2) return builder;
    await sleep(calm ? cms.site.quietMs + 1000 : 500);
  }
  throw new Error(`the CMS and builder did not settle within ${timeoutMs / 1000} s`);
}

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
    const answer = await graphql<ArticleList>(cms, `{ articles(locale: "vi", sort: "publicationDate:desc", pagination: { limit: 1 }) { documentId slug title } }`);
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
    console.info(`[rebuild] 200 publishes in ${(publishing / 1000).toFixed(1)} s → ${builds.length} build(s); live ${(live / 1000).toFixed(1)} s after the first publish`);
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
    const answer = await graphql<ArticleList>(cms, `{ articles(locale: "vi", sort: "publicationDate:asc", pagination: { limit: 1 }) { documentId slug title } }`);
    const article = answer.data?.articles[0];
    if (!article) throw new Error('the demo content has no article');
    await settled();
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(200);

    const action = (name: 'publish' | 'unpublish') =>
      http(`${cms.url}/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/${name}?locale=vi`, { method: 'POST', token: adminJwt, json: {} });
    expect((await action('unpublish')).status).toBe(200);
    await settled();
    expect((await livePage(`/articles/${article.slug}/`)).status).toBe(404);

    expect((await action('publish')).status).toBe(200);
    await settled();
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
