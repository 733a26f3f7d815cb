/**
 * The newsroom roles configured at boot (cms/src/bootstrap/roles.ts), used as the admin UI uses them:
 * an Author writes and edits its own drafts and uploads images, but cannot publish, unpublish or
 * delete; an Editor publishes, unpublishes and deletes anyone's work and manages sections and tags; an
 * administrator's later change to a role survives the next boot.
 */
import { afterAll, assert, beforeAll, describe, expect, inject, it } from 'vitest';
import { http, loginAsAdmin } from '../../../scripts/test-support/cms-http.ts';
import { bootSecondCms } from '../../../scripts/test-support/second-boot.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';

const cms = inject('cms');
const CM = `${cms.url}/content-manager/collection-types`;
const ARTICLE = 'api::article.article';
const TAG = 'api::tag.tag';
const CATEGORY = 'api::category.category';
const explorer = (verb: string) => `plugin::content-manager.explorer.${verb}`;
// A 1×1 PNG: enough for the media library to accept, store and describe an image.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Role {
  id: number;
  code: string;
}
interface Permission {
  id: number;
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}
interface Document {
  data: { documentId: string; title?: string; name?: string; publishedAt?: string | null };
}

const roles: Record<string, Role> = {};
/** A role read in beforeAll: Strapi creates all three on a new database. */
function role(code: string): Role {
  const found = roles[code];
  assert.isDefined(found, `Strapi has no role ${code}`);
  return found;
}
const jwt = { author: '', editor: '' };
/** Drafts by the Author and by the Editor, and an article the Author wrote for the Editor to publish. */
const articles = { draft: '', editorsDraft: '', forPublication: '' };
let authorsImage = 0;

const as = <T = Document>(token: string, method: string, path: string, json?: unknown) => http<T>(`${CM}/${path}`, { method, token, json });
const rolePermissions = async (roleId: number) =>
  (await http<{ data: Permission[] }>(`${cms.url}/admin/roles/${roleId}/permissions`, { token: cms.adminJwt })).body.data;

/** An admin user in a role, created, given a password and activated as an administrator does in the admin. */
async function newsroomUser(role: Role, name: string): Promise<string> {
  const email = `${name.toLowerCase()}-${Date.now()}@atlas.local`;
  const password = 'Newsroom-Pass-2024';
  const created = await http<{ data: { id: number } }>(`${cms.url}/admin/users`, {
    method: 'POST',
    token: cms.adminJwt,
    json: { email, firstname: name, lastname: 'Test', roles: [role.id] },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const activated = await http(`${cms.url}/admin/users/${created.body.data.id}`, { method: 'PUT', token: cms.adminJwt, json: { password, isActive: true } });
  expect(activated.status).toBe(200);
  return loginAsAdmin(cms.url, email, password);
}

async function uploadImage(token: string, name: string) {
  const form = new FormData();
  form.append('files', new Blob([PNG], { type: 'image/png' }), name);
  form.append('fileInfo', JSON.stringify({ name, alternativeText: 'Ảnh thử nghiệm', caption: null, folder: null }));
  return http<Array<{ id: number; mime: string; name: string }>>(`${cms.url}/upload`, { method: 'POST', token, body: form });
}

beforeAll(async () => {
  const all = (await http<{ data: Role[] }>(`${cms.url}/admin/roles`, { token: cms.adminJwt })).body.data;
  for (const role of all) roles[role.code] = role;
  jwt.author = await newsroomUser(role('strapi-author'), 'Author');
  jwt.editor = await newsroomUser(role('strapi-editor'), 'Editor');
});

// Publishing here sets the builder going: let it finish before the next file looks at the site.
afterAll(() => siteSettled(cms, cms.adminJwt));

describe(`newsroom roles on ${cms.db}`, () => {
  it('saves content-type permissions as the role editor does: every field, both locales', async () => {
    const [editor, superAdmin] = await Promise.all([rolePermissions(role('strapi-editor').id), rolePermissions(role('strapi-super-admin').id)]);
    const find = (permissions: Permission[], verb: string, subject: string) => permissions.find((p) => p.action === explorer(verb) && p.subject === subject);
    for (const subject of ['api::delegation.delegation', ARTICLE, TAG]) {
      const update = find(editor, 'update', subject);
      // Strapi gives the Super Admin every field, component sub-fields included (delegation.leader.*).
      expect(update?.properties.fields?.toSorted()).toEqual(find(superAdmin, 'update', subject)?.properties.fields?.toSorted());
      expect(update?.properties.locales).toEqual(['vi', 'en']);
      expect(find(editor, 'publish', subject)?.properties).toEqual({ locales: ['vi', 'en'] });
    }
    expect(find(editor, 'update', 'api::delegation.delegation')?.properties.fields).toContain('leader.name');
  });

  describe('Author', () => {
    it('creates an article draft and edits it', async () => {
      // Required fields wait for publication, but Strapi wants the dynamic zone present, even empty, in a
      // draft too (the edit view always sends it).
      const created = await as(jwt.author, 'POST', `${ARTICLE}?locale=vi`, { title: 'Bản nháp của phóng viên', body: [] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.data.publishedAt ?? null).toBeNull();
      articles.draft = created.body.data.documentId;

      const edited = await as(jwt.author, 'PUT', `${ARTICLE}/${articles.draft}?locale=vi`, { title: 'Bản nháp của phóng viên, đã sửa' });
      expect(edited.status).toBe(200);
      expect(edited.body.data.title).toBe('Bản nháp của phóng viên, đã sửa');
    });

    it('uploads an image and uses it as a cover', async () => {
      const uploaded = await uploadImage(jwt.author, `author-cover-${Date.now()}.png`);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body[0]?.mime).toBe('image/png');
      authorsImage = uploaded.body[0]?.id ?? 0;
      const created = await as(jwt.author, 'POST', `${ARTICLE}?locale=vi`, {
        title: `Bài viết chờ biên tập ${Date.now()}`,
        lead: 'Tóm tắt bài viết chờ biên tập viên xuất bản.',
        body: [{ __component: 'content.rich-text', body: 'Nội dung bài viết.' }],
        cover: uploaded.body[0]?.id,
        coverAlt: 'Ảnh minh họa',
        author: 'Phóng viên thử nghiệm',
        compiled: false,
        publicationDate: '2025-03-01T09:00:00.000Z',
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      articles.forPublication = created.body.data.documentId;
    });

    it('reads the supporting types and fills relations with what others wrote', async () => {
      const localities = await as<{ results: unknown[] }>(jwt.author, 'GET', 'api::locality.locality?locale=vi');
      expect(localities.status).toBe(200);
      expect(localities.body.results.length).toBeGreaterThan(0);
      // The relation picker lists partnerships by title only to those who may read partnerships.
      const picker = await http<{ results: Array<{ title?: string }> }>(`${cms.url}/content-manager/relations/${ARTICLE}/partnerships?locale=vi`, {
        token: jwt.author,
      });
      expect(picker.status).toBe(200);
      expect(picker.body.results.length).toBeGreaterThan(0);
      expect(picker.body.results[0]?.title).toEqual(expect.any(String));
    });

    it("cannot edit another user's article", async () => {
      const editorsArticle = await as(jwt.editor, 'POST', `${ARTICLE}?locale=vi`, { title: 'Bản nháp của biên tập viên', body: [] });
      expect(editorsArticle.status, JSON.stringify(editorsArticle.body)).toBe(201);
      articles.editorsDraft = editorsArticle.body.data.documentId;
      const attempt = await as(jwt.author, 'PUT', `${ARTICLE}/${articles.editorsDraft}?locale=vi`, { title: 'Sửa trộm' });
      expect(attempt.status).toBe(403);
    });

    it('cannot publish, nor delete its own draft', async () => {
      expect((await as(jwt.author, 'POST', `${ARTICLE}/${articles.forPublication}/actions/publish?locale=vi`, {})).status).toBe(403);
      expect((await as(jwt.author, 'DELETE', `${ARTICLE}/${articles.draft}?locale=vi`)).status).toBe(403);
    });

    it('may not ask for a site rebuild', async () => {
      expect((await http(`${cms.url}/admin/site-build/rebuild`, { method: 'POST', token: jwt.author })).status).toBe(403);
    });
  });

  describe('Editor', () => {
    it("publishes an Author's article, in Vietnamese and in an English translation", async () => {
      const published = await as(jwt.editor, 'POST', `${ARTICLE}/${articles.forPublication}/actions/publish?locale=vi`, {});
      expect(published.status).toBe(200);
      expect(published.body.data.publishedAt).toEqual(expect.any(String));

      const translated = await as(jwt.editor, 'PUT', `${ARTICLE}/${articles.forPublication}?locale=en`, {
        title: `Article awaiting the editor ${Date.now()}`,
        lead: 'The English version of the article.',
        body: [{ __component: 'content.rich-text', body: 'The article.' }],
        coverAlt: 'An illustration',
      });
      expect(translated.status).toBe(200);
      expect((await as(jwt.editor, 'POST', `${ARTICLE}/${articles.forPublication}/actions/publish?locale=en`, {})).status).toBe(200);
    });

    it('leaves the Author unable to unpublish or delete the published article, even its own', async () => {
      expect((await as(jwt.author, 'POST', `${ARTICLE}/${articles.forPublication}/actions/unpublish?locale=vi`, {})).status).toBe(403);
      expect((await as(jwt.author, 'DELETE', `${ARTICLE}/${articles.forPublication}?locale=vi`)).status).toBe(403);
      const stillThere = await as(cms.adminJwt, 'GET', `${ARTICLE}/${articles.forPublication}?locale=vi&status=published`);
      expect(stillThere.status).toBe(200);
      expect(stillThere.body.data.publishedAt).toEqual(expect.any(String));
    });

    it('unpublishes and deletes an article it did not write', async () => {
      const unpublished = await as(jwt.editor, 'POST', `${ARTICLE}/${articles.forPublication}/actions/unpublish?locale=vi`, {});
      expect(unpublished.status).toBe(200);
      // The content manager answers an absent published version with an empty document.
      const published = await as(cms.adminJwt, 'GET', `${ARTICLE}/${articles.forPublication}?locale=vi&status=published`);
      expect(published.body.data.documentId).toBeUndefined();
      // The English version, still published, goes too: nothing of this test is left for the site tests.
      for (const locale of ['vi', 'en']) {
        expect((await as(jwt.editor, 'DELETE', `${ARTICLE}/${articles.forPublication}?locale=${locale}`)).status).toBe(200);
      }
      expect((await as(cms.adminJwt, 'GET', `${ARTICLE}/${articles.forPublication}?locale=en`)).status).toBe(404);
      for (const id of [articles.draft, articles.editorsDraft]) {
        expect((await as(jwt.editor, 'DELETE', `${ARTICLE}/${id}?locale=vi`)).status).toBe(200);
        expect((await as(cms.adminJwt, 'GET', `${ARTICLE}/${id}?locale=vi`)).status).toBe(404);
      }
    });

    it.each([
      [TAG, 'Thẻ của biên tập viên'],
      [CATEGORY, 'Chuyên mục của biên tập viên'],
    ])('creates, renames and deletes a %s', async (uid, name) => {
      const created = await as(jwt.editor, 'POST', `${uid}?locale=vi`, { name: `${name} ${Date.now()}` });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.data.documentId;
      const renamed = await as(jwt.editor, 'PUT', `${uid}/${id}?locale=vi`, { name: `${name} (đổi tên) ${Date.now()}` });
      expect(renamed.status).toBe(200);
      expect(renamed.body.data.name).toContain('(đổi tên)');
      expect((await as(jwt.editor, 'DELETE', `${uid}/${id}?locale=vi`)).status).toBe(200);
    });

    it("uploads to the media library, deletes anyone's files there, and asks for a site rebuild", async () => {
      const uploaded = await uploadImage(jwt.editor, `editor-${Date.now()}.png`);
      expect(uploaded.status).toBe(201);
      expect((await http(`${cms.url}/upload/files/${uploaded.body[0]?.id}`, { method: 'DELETE', token: jwt.author })).status).toBe(403);
      // The Author's cover too, now that its article is gone: the site's tests find only demo images.
      for (const id of [uploaded.body[0]?.id, authorsImage]) {
        expect((await http(`${cms.url}/upload/files/${id}`, { method: 'DELETE', token: jwt.editor })).status).toBe(200);
      }
      expect((await http(`${cms.url}/admin/site-build/rebuild`, { method: 'POST', token: jwt.editor })).status).toBe(202);
    });
  });

  it("keeps an administrator's later change to a role across the next boot", async () => {
    const editorRole = role('strapi-editor');
    const isTagDelete = (p: Permission) => p.action === explorer('delete') && p.subject === TAG;
    const granted = await rolePermissions(editorRole.id);
    expect(granted.filter(isTagDelete)).toHaveLength(1);

    // Untick "Delete" on Tag and save, as the role editor does: the whole list without that permission.
    const permissions = granted
      .filter((p) => !isTagDelete(p))
      .map(({ action, subject, properties, conditions }) => ({ action, subject, properties, conditions }));
    const saved = await http(`${cms.url}/admin/roles/${editorRole.id}/permissions`, { method: 'PUT', token: cms.adminJwt, json: { permissions } });
    expect(saved.status).toBe(200);
    const changed = await rolePermissions(editorRole.id);
    expect(changed.filter(isTagDelete)).toHaveLength(0);
    expect(changed).toHaveLength(granted.length - 1);

    const boot = await bootSecondCms(cms);
    console.error(`[roles] second boot on ${cms.db} took ${boot.seconds.toFixed(1)} s`);
    const afterBoot = await rolePermissions(editorRole.id);
    // Not one row touched: same ids, same content, the removed permission still absent.
    expect(afterBoot.toSorted((a, b) => a.id - b.id)).toEqual(changed.toSorted((a, b) => a.id - b.id));
    expect(boot.output).not.toContain('granted or widened');

    const tag = await as(jwt.editor, 'POST', `${TAG}?locale=vi`, { name: `Thẻ không xóa được ${Date.now()}` });
    expect(tag.status).toBe(201);
    expect((await as(jwt.editor, 'DELETE', `${TAG}/${tag.body.data.documentId}?locale=vi`)).status).toBe(403);
    expect((await as(cms.adminJwt, 'DELETE', `${TAG}/${tag.body.data.documentId}?locale=vi`)).status).toBe(200);
  });
});
