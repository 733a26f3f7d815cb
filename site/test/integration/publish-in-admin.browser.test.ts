/**
 * An editor's day, in Debian's Chromium: log into the Strapi admin, see the site's build status, edit an
 * article's title and publish it, then find the new title on the locally served static site. The
 * publish-to-live time is printed (a measurement, not an assertion: the target is <= 30 s at demo size).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/lib/chromium.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { graphql } from '../../../scripts/test-support/cms-http.ts';

const cms = inject('cms');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots', cms.db);
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

async function waitForLive(url: string, text: string, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url);
    if (response.ok && (await response.text()).includes(text)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe(`publishing in the admin (${cms.db}, Chromium)`, () => {
  it('logs in, asks for a rebuild from the site build page, and watches it succeed', async () => {
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(cms.adminEmail);
    await page.getByLabel(/mật khẩu|password/i).fill(cms.adminPassword);
    await page.getByRole('button', { name: /login|log in|đăng nhập/i }).click();
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });

    await page.goto(`${cms.url}/admin/site-build`);
    // A vi-VN browser gets the admin in Vietnamese: "Site build" is "Cập nhật trang web".
    await page.getByRole('heading', { name: 'Cập nhật trang web' }).waitFor();
    const rebuild = page.getByRole('button', { name: 'Dựng lại ngay' });
    // The button waits for the admin's permission check, which a loaded machine can slow down.
    await rebuild.waitFor({ timeout: 90_000 });
    await rebuild.click();
    await page.getByTestId('site-build-current').waitFor({ timeout: 30_000 });
    await page.getByTestId('site-build-last').getByText('Thành công').waitFor({ timeout: 180_000 });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-site-build.png') });
  });

  it('edits and publishes an article, and the static site shows it by itself', async () => {
    const answer = await graphql<{ articles: Array<{ documentId: string; slug: string; title: string }> }>(
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
    const newTitle = `${article.title.replace(/ — .*$/, '')} — cập nhật lúc ${new Date().toISOString().slice(11, 19)}`;

    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/${article.documentId}?plugins[i18n][locale]=vi`);
    const title = page.locator('input[name="title"]');
    await title.waitFor({ timeout: 60_000 });
    await title.fill(newTitle);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-edit-article.png') });

    const publishAnswer = page.waitForResponse((response) => response.request().method() === 'POST' && /\/actions\/publish\b/.test(response.url()), {
      timeout: 30_000,
    });
    await page.getByRole('button', { name: /^xuất bản$/i }).click();
    const publishedAt = Date.now();
    expect((await publishAnswer).status()).toBe(200);
    // Strapi's notification, in the admin's language ("Published document").
    await page.getByText('Đã xuất bản', { exact: true }).first().waitFor({ timeout: 30_000 });

    const url = `${cms.site.liveUrl}/articles/${article.slug}/`;
    const live = await waitForLive(url, newTitle, 180_000);
    const seconds = (Date.now() - publishedAt) / 1000;
    console.info(`[publish-to-live] ${cms.db}: ${seconds.toFixed(1)} s from "Publish" to the static page (target <= 30 s)`);
    expect(live, `the new title did not reach ${url}`).toBe(true);

    const site = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await site.goto(url);
    expect(await site.locator('h1').first().textContent()).toContain(newTitle);
    await site.screenshot({ path: path.join(SCREENSHOTS, 'site-article-after-publish.png'), fullPage: false });
    await site.close();
  });
});
