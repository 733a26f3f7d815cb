/**
 * The site built from the real CMS with the demo content: a partnership page shows its periods,
 * delegations and articles with their Vietnamese text intact; the build output never points at the CMS;
 * a CMS outage fails the build loudly and leaves the previous site untouched.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../../scripts/lib/site.ts';
import { graphql } from '../../../scripts/test-support/cms-http.ts';
import { treeDigest } from '../../../scripts/test-support/tree-digest.ts';

const cms = inject('cms');
let workDir = '';
let outDir = '';

const decode = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

interface PartnershipAnswer {
  partnerships: Array<{
    slug: string;
    title: string;
    periods: Array<{ name: string }>;
    delegations: Array<{ title: string }>;
    articles: Array<{ title: string; slug: string }>;
  }>;
}

beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-site-'));
  outDir = path.join(workDir, 'dist');
  await buildSite({ cmsUrl: cms.url, token: cms.buildToken, outDir, quiet: true });
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe(`site build over the demo content on ${cms.db}`, () => {
  it('writes each partnership page with its periods, delegations and articles in Vietnamese', async () => {
    const answer = await graphql<PartnershipAnswer>(
      cms,
      `
        {
          partnerships(locale: "vi") {
            slug
            title
            periods {
              name
            }
            delegations {
              title
            }
            articles(pagination: { limit: 100 }) {
              title
              slug
            }
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    const partnerships = answer.data?.partnerships ?? [];
    expect(partnerships).toHaveLength(6);
    const richest = [...partnerships].sort(
      (a, b) => b.periods.length + b.delegations.length + b.articles.length - (a.periods.length + a.delegations.length + a.articles.length),
    )[0];
    expect(richest?.periods.length).toBeGreaterThan(0);
    expect(richest?.delegations.length).toBeGreaterThan(0);
    expect(richest?.articles.length).toBeGreaterThan(0);

    for (const partnership of partnerships) {
      const html = decode(await readFile(path.join(outDir, 'partnerships', partnership.slug, 'index.html'), 'utf8'));
      expect(html).toContain(partnership.title);
      for (const period of partnership.periods) expect(html).toContain(period.name);
      for (const delegation of partnership.delegations) expect(html).toContain(delegation.title);
      for (const article of partnership.articles) expect(html).toContain(article.title);
    }
    const idf = decode(await readFile(path.join(outDir, 'partnerships', 'ha-noi-ile-de-france', 'index.html'), 'utf8'));
    expect(idf).toContain('Hà Nội – Île-de-France');
  });

  it('writes every page type, with Vietnamese dates in GMT+7', async () => {
    for (const page of ['index.html', 'articles/index.html', 'partnerships/index.html', 'delegations/index.html', 'about/index.html', '404.html']) {
      expect(existsSync(path.join(outDir, page)), page).toBe(true);
    }
    const articles = await readdir(path.join(outDir, 'articles'));
    expect(articles.length).toBeGreaterThan(8);
    const periods = await readdir(path.join(outDir, 'periods'));
    expect(periods.length).toBeGreaterThanOrEqual(3);
    const home = await readFile(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/\d{2}:\d{2} \| \d{2}\/\d{2}\/\d{4} GMT\+7/);
  });

  it('optimises the media into the build and never links to the CMS', async () => {
    const files = await filesUnder(outDir);
    expect(files.some((file) => file.endsWith('.webp'))).toBe(true);
    const cmsOrigin = new URL(cms.url).host;
    for (const file of files.filter((f) => /\.(html|css|js|xml)$/.test(f))) {
      expect(await readFile(file, 'utf8'), file).not.toContain(cmsOrigin);
    }
  });

  it('fails loudly when the CMS is down, naming its URL, and leaves the previous site byte-identical', async () => {
    const before = await treeDigest(outDir);
    const releases = await readdir(`${outDir}.releases`);
    const downUrl = 'http://127.0.0.1:9';
    await expect(buildSite({ cmsUrl: downUrl, token: cms.buildToken, outDir, quiet: true })).rejects.toThrow(/127\.0\.0\.1:9/);
    expect(await treeDigest(outDir)).toEqual(before);
    expect(await readdir(`${outDir}.releases`)).toEqual(releases);
  });

  it('refuses to build an empty site when the token sees nothing', async () => {
    const emptyDir = path.join(workDir, 'empty');
    await expect(buildSite({ cmsUrl: cms.url, token: 'not-a-valid-token', outDir: emptyDir, quiet: true })).rejects.toThrow(
      new RegExp(cms.url.replace(/[.:/]/g, '\\$&')),
    );
    expect(existsSync(emptyDir)).toBe(false);
  });
});
