/**
 * An editor in Vietnam (a vi-VN browser in GMT+7) opens the admin in Debian's Chromium: it speaks
 * Vietnamese, the Articles list and an article's edit view show the project's Vietnamese labels and
 * descriptions grouped as an editor works, never the raw attribute names, and a label an administrator
 * sets in "Configure the view" is the one shown. That the bootstrap keeps such a label on later boots
 * is proven by content-manager-restart.test.ts (a Strapi of its own, booted twice).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS, ensureChromium } from '../../../scripts/lib/chromium.ts';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { graphql, http } from '../../../scripts/test-support/cms-http.ts';
import { readViewConfiguration, saveViewConfiguration } from '../../../scripts/test-support/content-manager-configuration.ts';

const cms = inject('cms');
const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots', cms.db);
const ARTICLE = 'api::article.article';
const RAW_NAMES = ['coverAlt', 'publicationDate', 'compiled'];
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: await ensureChromium(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  page = await context.newPage();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/**
 * The whole page in one image, 1440 pixels wide: Strapi scrolls an inner box, not the window, so a
 * full-page screenshot alone stops at the fold; the viewport is grown to the content for the shot.
 */
async function screenshotWholePage(file: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(
      document.documentElement.scrollHeight,
      ...Array.from(document.querySelectorAll('*'))
        .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowY))
        .map((element) => element.scrollHeight + element.getBoundingClientRect().top),
    ),
  );
  await page.setViewportSize({ width: 1440, height: Math.min(Math.ceil(height) + 40, 8000) });
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function newestArticle(): Promise<{ documentId: string; title: string }> {
  const answer = await graphql<{ articles: Array<{ documentId: string; title: string }> }>(
    cms,
    `
      {
        articles(locale: "vi", sort: "publicationDate:desc", pagination: { limit: 1 }) {
          documentId
          title
        }
      }
    `,
  );
  const article = answer.data?.articles[0];
  if (!article) throw new Error('the demo content has no article');
  return article;
}

const editUrl = (documentId: string) => `${cms.url}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=vi`;

/** The y position of a field's label in the edit view. */
async function labelTop(text: string): Promise<number> {
  const box = await page
    .locator('label')
    .filter({ hasText: new RegExp(`^${text}\\*?( \\(\\d+\\))?$`) })
    .first()
    .boundingBox();
  if (!box) throw new Error(`no label ${text}`);
  return box.y;
}

describe(`the admin in Vietnamese (${cms.db}, Chromium, vi-VN)`, () => {
  it('opens in Vietnamese and names the Site build page in the menu', async () => {
    await page.goto(`${cms.url}/admin/auth/login`);
    await page.getByLabel(/email/i).fill(cms.adminEmail);
    await page.getByLabel(/mật khẩu|password/i).fill(cms.adminPassword);
    await page.getByRole('button', { name: /đăng nhập|log in|login/i }).click();
    await page.waitForURL(/\/admin\/?$/, { timeout: 60_000 });

    expect(await page.evaluate(() => localStorage.getItem('strapi-admin-language'))).toBe('vi');
    await page.getByRole('link', { name: 'Cập nhật trang web' }).waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Quản lý nội dung' }).waitFor();
    await expect.poll(() => page.getByText('Cập nhật trang web công khai').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  it('lists articles under their Vietnamese name with Vietnamese column headers, newest first', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=vi`);
    await page.locator('tbody tr').first().waitFor({ timeout: 60_000 });

    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Bài viết');
    const menu = await page.getByRole('navigation').allInnerTexts();
    for (const name of ['Bài viết', 'Quan hệ đối tác', 'Đoàn công tác', 'Giai đoạn hợp tác']) expect(menu.join('\n')).toContain(name);
    const headers = (await page.locator('thead th').allInnerTexts()).map((text) => text.trim().toLowerCase()).filter(Boolean);
    expect(headers.slice(0, 3)).toEqual(['tiêu đề', 'ngày giờ đăng', 'chuyên mục']);
    expect(headers).toContain('trạng thái');
    // The status is on screen at 1440 px, not behind a sideways scroll.
    const status = await page
      .locator('thead th')
      .filter({ hasText: /trạng thái/i })
      .boundingBox();
    expect((status?.x ?? Infinity) + (status?.width ?? 0)).toBeLessThanOrEqual(1440);
    for (const raw of RAW_NAMES) expect(headers).not.toContain(raw.toLowerCase());
    // Newest first by default: the rows are the admin API's first page sorted by publication date.
    const { body } = await http<{ results: Array<{ title: string }> }>(
      `${cms.url}/content-manager/collection-types/${ARTICLE}?page=1&pageSize=10&sort=publicationDate:DESC&locale=vi`,
      { token: cms.adminJwt },
    );
    const newestFirst = body.results.slice(0, 3).map((entry) => entry.title);
    await expect.poll(async () => (await page.locator('tbody tr td:nth-child(2)').allInnerTexts()).slice(0, 3).map((text) => text.trim())).toEqual(newestFirst);

    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-vi-list.png') });
  });

  it("shows an article's fields with Vietnamese labels and descriptions, text first, then photos, relations, publishing", async () => {
    const article = await newestArticle();
    await page.goto(editUrl(article.documentId));
    await page.locator('input[name="title"]').waitFor({ timeout: 60_000 });

    const labels = (await page.locator('label').allInnerTexts()).map((text) => text.replace(/\*|\s*\(\d+\)$/g, '').trim());
    for (const label of ['Tiêu đề', 'Sapo', 'Ảnh bìa', 'Mô tả ảnh bìa', 'Tác giả ảnh bìa', 'Chuyên mục', 'Ngày giờ đăng', 'Tác giả', 'Bài tổng hợp', 'Nguồn']) {
      expect(labels, label).toContain(label);
    }
    for (const raw of RAW_NAMES) expect(labels).not.toContain(raw);
    await page.getByText('Tên tác giả ảnh, hiện sau chữ Ảnh:').waitFor();
    // No raw attribute name is shown anywhere as text (inputs keep them as names, which nobody reads).
    const text = await page.locator('main').innerText();
    for (const raw of RAW_NAMES) expect(text).not.toMatch(new RegExp(`\\b${raw}\\b`));

    const [title, cover, category, published] = await Promise.all(['Tiêu đề', 'Ảnh bìa', 'Chuyên mục', 'Ngày giờ đăng'].map(labelTop));
    expect(title).toBeLessThan(cover ?? 0);
    expect(cover).toBeLessThan(category ?? 0);
    expect(category).toBeLessThan(published ?? 0);

    await screenshotWholePage('admin-vi-edit.png');
  });

  it('shows a label an administrator set in "Configure the view", through the same API the admin uses', async () => {
    const original = await readViewConfiguration(cms.url, cms.adminJwt, ARTICLE);
    const changed = structuredClone(original);
    const caption = changed.metadatas.coverCaption;
    if (!caption) throw new Error('no coverCaption metadata');
    caption.edit.label = 'Chú thích (quản trị đặt)';
    try {
      const saved = await saveViewConfiguration(cms.url, cms.adminJwt, changed);
      expect(saved.metadatas.coverCaption?.edit.label).toBe('Chú thích (quản trị đặt)');
      expect(saved.metadatas.coverAlt?.edit.label).toBe('Mô tả ảnh bìa');
      expect(saved.layouts).toEqual(original.layouts);

      await page.goto(editUrl((await newestArticle()).documentId));
      await page.locator('label', { hasText: 'Chú thích (quản trị đặt)' }).waitFor({ timeout: 60_000 });
    } finally {
      await saveViewConfiguration(cms.url, cms.adminJwt, original);
    }
  });

  it('stays available in English for an editor who picks it in the profile', async () => {
    // What the profile's language select stores (Strapi's setLocale); no second login needed.
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'en'));
    await page.goto(`${cms.url}/admin/site-build`);
    await page.getByRole('heading', { name: 'Site build' }).waitFor({ timeout: 60_000 });
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}?plugins[i18n][locale]=vi`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 60_000 }).toBe('Article');
    await page.evaluate(() => localStorage.setItem('strapi-admin-language', 'vi'));
  });

  it('fills a new article’s address from its title as the editor types, until the editor types one', async () => {
    // Leaving the unsaved form at the end is fine: accept the browser's "leave the page?" question.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${ARTICLE}/create?plugins[i18n][locale]=vi`);
    const title = page.locator('input[name="title"]');
    const slug = page.locator('input[name="slug"]');
    await title.waitFor({ timeout: 60_000 });
    await title.fill('Đống Đa và Choisy-le-Roi: 40 năm hữu nghị');
    await expect.poll(() => slug.inputValue(), { timeout: 10_000 }).toBe('dong-da-va-choisy-le-roi-40-nam-huu-nghi');
    await expect.poll(() => page.getByTestId('slug-panel-address').innerText()).toBe('/articles/dong-da-va-choisy-le-roi-40-nam-huu-nghi/');
    await page.getByText('Địa chỉ trên trang').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin-vi-new-article-slug.png') });

    await slug.fill('dia-chi-rieng');
    await title.fill('Tiêu đề đã đổi');
    await expect.poll(() => page.getByTestId('slug-panel-mode').innerText()).toContain('Đã cố định');
    expect(await slug.inputValue()).toBe('dia-chi-rieng');
  });
});
