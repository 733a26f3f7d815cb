/**
 * Bad input is refused with the entry and the field named, in the admin (content-manager API, as the
 * admin UI calls it) and in the REST API, and nothing is half-saved.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminLogin, createFullAccessToken, http } from '../../../scripts/test-support/cms-http.ts';

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

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `rules-${Date.now()}`);
});

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
    const published = await http<StrapiError>(
      `${CM}/api::cooperation-period.cooperation-period/${created.body.data.documentId}/actions/publish?locale=vi`,
      { method: 'POST', token: adminJwt, json: {} },
    );
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
});
