/**
 * Bad input is refused with the entry and the field named, in the admin (content-manager API, as the
 * admin UI calls it), the REST API and GraphQL, and nothing is half-saved: at publish, whatever the site
 * build would refuse (shared/src/rules); on every save, the rules that hold for drafts too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminLogin, createFullAccessToken, http } from '../../../scripts/test-support/cms-http.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';

const cms = inject('cms');
const CM = `${cms.url}/content-manager/collection-types`;
let adminJwt = '';
let fullAccess = '';

interface StrapiError {
  error: { status: number; name: string; message: string; details: { errors?: Array<{ path: string[]; message: string }> } };
}
interface Created {
  data: { documentId: string; slug?: string };
}

let coverId = 0;

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `rules-${Date.now()}`);
  const files = await http<Array<{ id: number; mime: string }>>(`${cms.url}/api/upload/files`, { token: fullAccess });
  coverId = files.body.find((file) => file.mime.startsWith('image/'))?.id ?? 0;
});

afterAll(() => siteSettled(cms, adminJwt));

/** An article complete enough to publish; a test overrides what it is about. */
const article = (overrides: Record<string, unknown>) => ({
  title: `Bài thử quy tắc ${Date.now()}`,
  lead: 'Tóm tắt.',
  author: 'Phóng viên',
  cover: coverId,
  coverAlt: 'Ảnh minh họa',
  publicationDate: '2026-01-15T03:00:00.000Z',
  body: [{ __component: 'content.rich-text', body: 'Nội dung.' }],
  ...overrides,
});
const paths = (body: StrapiError) => (body.error.details.errors ?? []).map((error) => error.path.join('.'));

async function countByTitle(uid: string, field: string, value: string): Promise<number> {
  const query = new URLSearchParams({ [`filters[${field}][$eq]`]: value, locale: 'vi' });
  const { body } = await http<{ pagination: { total: number } }>(`${CM}/${uid}?${query}`, { token: adminJwt });
  return body.pagination.total;
}

describe(`content rules on ${cms.db}`, () => {
  it('refuses a delegation that ends before it starts, in the admin, naming entry and field', async () => {
    const title = `Đoàn thử nghiệm ngày sai ${Date.now()}`;
    const { status, body } = await http<StrapiError>(`${CM}/api::delegation.delegation?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: { title, direction: 'inbound', startDate: '2024-05-10', endDate: '2024-05-01', places: 'Hà Nội', purpose: 'Kiểm thử' },
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain(title);
    expect(body.error.message).toContain('endDate');
    expect(body.error.details.errors?.[0]?.path).toEqual(['endDate']);
    expect(await countByTitle('api::delegation.delegation', 'title', title)).toBe(0);
  });

  it('refuses the same through the REST API', async () => {
    const title = `Giai đoạn sai ${Date.now()}`;
    const { status, body } = await http<StrapiError>(`${cms.url}/api/cooperation-periods`, {
      method: 'POST',
      token: fullAccess,
      json: { data: { name: title, instrument: 'agreement', startDate: '2025-01-01', endDate: '2024-12-31', summary: 'Kiểm thử' } },
    });
    expect(status).toBe(400);
    expect(body.error.message).toContain(title);
    expect(body.error.details.errors?.[0]?.path).toEqual(['endDate']);
    expect(await countByTitle('api::cooperation-period.cooperation-period', 'name', title)).toBe(0);
  });

  it('refuses coordinates out of range, naming the field', async () => {
    const { status, body } = await http<StrapiError>(`${cms.url}/api/localities`, {
      method: 'POST',
      token: fullAccess,
      json: { data: { name: 'Nơi không tồn tại', level: 'city', latitude: 123.4, longitude: 10 } },
    });
    expect(status).toBe(400);
    expect(JSON.stringify(body.error)).toContain('latitude');
  });

  it('refuses a missing required field, naming it', async () => {
    const { status, body } = await http<StrapiError>(`${cms.url}/api/partnerships?status=published`, {
      method: 'POST',
      token: fullAccess,
      json: { data: { title: 'Thiếu tóm tắt', type: 'twinning', level: 'city', relationStatus: 'active' } },
    });
    expect(status).toBe(400);
    expect(body.error.details.errors?.map((e) => e.path.join('.'))).toContain('summary');
  });

  it('will not publish a cooperation period without its partnership', async () => {
    const name = `Giai đoạn mồ côi ${Date.now()}`;
    const created = await http<Created>(`${CM}/api::cooperation-period.cooperation-period?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: { name, instrument: 'memorandum', startDate: '2022-01-01', endDate: '2025-12-31', summary: 'Bản nháp không có quan hệ đối tác' },
    });
    expect(created.status).toBe(201);
    const published = await http<StrapiError>(`${CM}/api::cooperation-period.cooperation-period/${created.body.data.documentId}/actions/publish?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: {},
    });
    expect(published.status).toBe(400);
    expect(published.body.error.message).toContain(name);
    expect(published.body.error.details.errors?.[0]?.path).toEqual(['partnership']);
  });

  it.each([
    ['Đống Đa thử nghiệm', 'dong-da-thu-nghiem'],
    ['Hà Nội – Vientiane thử', 'ha-noi-vientiane-thu'],
  ])('makes the slug of "%s" Vietnamese-safe: %s', async (name, slug) => {
    const { status, body } = await http<Created>(`${cms.url}/api/tags`, { method: 'POST', token: fullAccess, json: { data: { name } } });
    expect(status).toBe(201);
    expect(body.data.slug).toBe(slug);
  });

  it.each([
    ['an empty title', () => ({ title: '' }), 'title'],
    ['a title of spaces', () => ({ title: '   \t ' }), 'title'],
    ['a lead of spaces', () => ({ lead: '  ' }), 'lead'],
    ['no cover alt text', () => ({ coverAlt: null }), 'coverAlt'],
    ['a photo without alt text', () => ({ body: [{ __component: 'content.figure', image: coverId, alt: ' ' }] }), 'body.0.alt'],
  ])('will not publish an article with %s, in the admin, naming the field; the draft is kept', async (_case, overrides, field) => {
    const draft = await http<Created>(`${CM}/api::article.article?locale=vi`, { method: 'POST', token: adminJwt, json: article(overrides()) });
    expect(draft.status).toBe(201);
    const published = await http<StrapiError>(`${CM}/api::article.article/${draft.body.data.documentId}/actions/publish?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: {},
    });
    expect(published.status).toBe(400);
    expect(published.body.error.message).toMatch(/^Không thể xuất bản /);
    expect(paths(published.body)).toEqual([field]);
    const kept = await http<{ data: { status: string } }>(`${CM}/api::article.article/${draft.body.data.documentId}?locale=vi`, { token: adminJwt });
    expect(kept.body.data.status).toBe('draft');
  });

  it('refuses the same over REST and GraphQL, and saves nothing', async () => {
    const title = `   `;
    const rest = await http<StrapiError>(`${cms.url}/api/articles?status=published&locale=vi`, {
      method: 'POST',
      token: fullAccess,
      json: { data: article({ title }) },
    });
    expect(rest.status).toBe(400);
    expect(paths(rest.body)).toEqual(['title']);

    const lead = `Tóm tắt GraphQL ${Date.now()}`;
    const { status, body } = await http<{ errors?: Array<{ message: string; extensions?: { error?: { details?: { errors?: Array<{ path: string[] }> } } } }> }>(
      `${cms.url}/graphql`,
      {
        method: 'POST',
        token: fullAccess,
        json: {
          query: 'mutation ($data: ArticleInput!) { createArticle(data: $data, status: PUBLISHED, locale: "vi") { documentId } }',
          variables: { data: { ...article({ title: '\t', lead }), body: [{ __typename: 'ComponentContentRichText', body: 'Nội dung.' }] } },
        },
      },
    );
    expect(status).toBe(200);
    expect(body.errors?.[0]?.message).toMatch(/\btitle\b/);
    expect(await countByTitle('api::article.article', 'lead', lead)).toBe(0);
  });
});
