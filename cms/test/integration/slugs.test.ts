/**
 * Slugs as an editor meets them in the admin (the content-manager API, as the admin UI calls it) and
 * as an integration meets them over REST: the slug follows the title until typed by hand or published,
 * two entries never share one, a duplicate gets its own, and every address an entry was live under is
 * remembered for the site's redirects.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminLogin, createFullAccessToken, http } from '../../../scripts/test-support/cms-http.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';

const cms = inject('cms');
const ARTICLE = 'api::article.article';
const CM = `${cms.url}/content-manager/collection-types/${ARTICLE}`;
const stamp = Date.now().toString(36);
let adminJwt = '';
let fullAccess = '';
let coverId = 0;

interface Doc {
  documentId: string;
  slug: string | null;
  title: string;
  formerSlugs: string[] | null;
}
interface Refusal {
  error: { status: number; message: string; details: { errors?: Array<{ path: string[]; message: string }> } };
}

async function admin<T>(method: string, pathname: string, json?: unknown) {
  return http<T>(`${CM}${pathname}`, { method, token: adminJwt, json });
}

/** A draft as the admin's "Create an entry" form saves it: the slug field still holds its placeholder. */
async function createDraft(title: string, extra: Record<string, unknown> = {}): Promise<Doc> {
  const { status, body } = await admin<{ data: Doc }>('POST', '?locale=vi', { title, slug: 'article', body: [], ...extra });
  if (status !== 201) throw new Error(`create: ${status} ${JSON.stringify(body)}`);
  return body.data;
}

/** Everything an article needs to be published, so a test states only what it is about. */
const publishable = () => ({
  lead: 'Tóm tắt thử nghiệm.',
  author: 'Phóng viên',
  coverAlt: 'Ảnh minh họa',
  cover: coverId,
  publicationDate: '2026-01-15T03:00:00.000Z',
  body: [{ __component: 'content.rich-text', body: 'Nội dung.' }],
});

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `slugs-${stamp}`);
  const files = await http<Array<{ id: number; mime: string }>>(`${cms.url}/api/upload/files`, { token: fullAccess });
  coverId = files.body.find((file) => file.mime.startsWith('image/'))?.id ?? 0;
  expect(coverId).toBeGreaterThan(0);
});

afterAll(() => siteSettled(cms, adminJwt));

describe(`slugs (${cms.db})`, () => {
  it('follows the title, never keeping the admin placeholder', async () => {
    const draft = await createDraft(`Đống Đa và Choisy-le-Roi ${stamp}`);
    expect(draft.slug).toBe(`dong-da-va-choisy-le-roi-${stamp}`);
    // The admin sends the slug back unchanged with a new title: it follows.
    const { body } = await admin<{ data: Doc }>('PUT', `/${draft.documentId}?locale=vi`, { title: `Hà Nội – Vientiane ${stamp}`, slug: draft.slug });
    expect(body.data.slug).toBe(`ha-noi-vientiane-${stamp}`);
  });

  it('keeps a slug typed by hand, made Vietnamese-safe', async () => {
    const draft = await createDraft(`Bài có địa chỉ riêng ${stamp}`);
    const typed = await admin<{ data: Doc }>('PUT', `/${draft.documentId}?locale=vi`, { slug: `Địa chỉ Riêng ${stamp}` });
    expect(typed.body.data.slug).toBe(`dia-chi-rieng-${stamp}`);
    const retitled = await admin<{ data: Doc }>('PUT', `/${draft.documentId}?locale=vi`, { title: `Tiêu đề khác ${stamp}`, slug: typed.body.data.slug });
    expect(retitled.body.data.slug).toBe(`dia-chi-rieng-${stamp}`);
  });

  it('numbers a slug that follows a title another entry already has, drafts included', async () => {
    const title = `Tin trùng tên ${stamp}`;
    const first = await createDraft(title);
    const second = await createDraft(title);
    expect([first.slug, second.slug]).toEqual([`tin-trung-ten-${stamp}`, `tin-trung-ten-${stamp}-2`]);
  });

  it('refuses a slug typed by hand that another entry holds, naming that entry', async () => {
    const holder = await createDraft(`Bài giữ địa chỉ ${stamp}`);
    const other = await createDraft(`Bài khác ${stamp}`);
    const { status, body } = await admin<Refusal>('PUT', `/${other.documentId}?locale=vi`, { slug: holder.slug });
    expect(status).toBe(400);
    expect(body.error.message).toContain(`"Bài giữ địa chỉ ${stamp}"`);
    expect(body.error.details.errors?.[0]?.path).toEqual(['slug']);
    // Over REST too, where Strapi alone would only say "This attribute must be unique" at publish.
    const rest = await http<Refusal>(`${cms.url}/api/articles?locale=vi`, {
      method: 'POST',
      token: fullAccess,
      json: { data: { title: 'Khác', slug: holder.slug, body: [] } },
    });
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toContain(`Bài giữ địa chỉ ${stamp}`);
  });

  it('stops following once published, and remembers every address it was live under', async () => {
    const draft = await createDraft(`Bài đã xuất bản ${stamp}`, publishable());
    const live = await admin<{ data: Doc }>('POST', `/${draft.documentId}/actions/publish?locale=vi`, {
      ...publishable(),
      title: draft.title,
      slug: draft.slug,
    });
    expect(live.status).toBe(200);
    const first = `bai-da-xuat-ban-${stamp}`;

    const retitled = await admin<{ data: Doc }>('PUT', `/${draft.documentId}?locale=vi`, { title: `Tiêu đề đã sửa ${stamp}`, slug: first });
    expect(retitled.body.data.slug).toBe(first);

    const moved = await admin<{ data: Doc }>('POST', `/${draft.documentId}/actions/publish?locale=vi`, { slug: `dia-chi-moi-${stamp}` });
    expect(moved.status).toBe(200);
    expect(moved.body.data).toMatchObject({ slug: `dia-chi-moi-${stamp}`, formerSlugs: [first] });

    const back = await admin<{ data: Doc }>('POST', `/${draft.documentId}/actions/publish?locale=vi`, { slug: first });
    expect(back.body.data).toMatchObject({ slug: first, formerSlugs: [`dia-chi-moi-${stamp}`] });
  });

  it('gives a duplicate its own slug and none of the original’s former addresses', async () => {
    const original = await createDraft(`Bài gốc để nhân bản ${stamp}`);
    const { status, body } = await admin<{ data: Doc }>('POST', `/clone/${original.documentId}?locale=vi`, {
      title: original.title,
      slug: original.slug,
      body: [],
    });
    expect(status).toBe(200);
    expect(body.data.slug).toBe(`${original.slug}-2`);
    expect(body.data.formerSlugs ?? []).toEqual([]);
  });

  it('refuses a field the type does not have instead of dropping it', async () => {
    const draft = await createDraft(`Bài có trường lạ ${stamp}`);
    const { status, body } = await admin<Refusal>('PUT', `/${draft.documentId}?locale=vi`, { title: draft.title, publishDate: '2026-01-01' });
    expect(status).toBe(400);
    expect(body.error.message).toContain('"publishDate"');
    expect(body.error.details.errors?.[0]?.path).toEqual(['publishDate']);
  });
});
