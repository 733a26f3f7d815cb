/**
 * What the site build sees over GraphQL with its read-only token: published content only, capped page
 * sizes, bounded depth, no writes; and what the public sees: nothing.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { adminLogin, createFullAccessToken, graphql, http } from '../../../scripts/test-support/cms-http.ts';

const cms = inject('cms');
let adminJwt = '';
let fullAccess = '';

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `graphql-${Date.now()}`);
});

const ARTICLE_BY_SLUG = `query ($slug: String!) { articles(filters: { slug: { eq: $slug } }, locale: "vi") { documentId title lead } }`;

describe(`GraphQL access on ${cms.db}`, () => {
  it('hides drafts from the build token and shows them once published', async () => {
    const title = `Bản tin nháp về Đống Đa và Choisy-le-Roi ${Date.now()}`;
    const coverId = (await http<{ results: Array<{ id: number }> }>(`${cms.url}/upload/files?pageSize=1`, { token: adminJwt })).body.results?.[0]?.id;

    const created = await http<{ data: { documentId: string; slug: string } }>(`${cms.url}/content-manager/collection-types/api::article.article?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: {
        title,
        lead: 'Sapo thử nghiệm: hữu nghị, hợp tác, Thủ đô.',
        body: [{ __component: 'content.rich-text', body: 'Đoạn văn **thử nghiệm**.' }],
        cover: coverId,
        coverAlt: 'Ảnh thử',
        author: 'Phan Minh',
        compiled: false,
        publicationDate: '2024-03-01T07:11:00.000Z',
      },
    });
    expect(created.status).toBe(201);
    const slug = created.body.data.slug;

    const asDraft = await graphql<{ articles: unknown[] }>(cms, ARTICLE_BY_SLUG, { slug });
    expect(asDraft.errors).toBeUndefined();
    expect(asDraft.data?.articles).toEqual([]);
    // Asking for drafts explicitly does not help a read-only token.
    const askingForDrafts = await graphql<{ articles: unknown[] }>(
      cms,
      `
        query ($slug: String!) {
          articles(filters: { slug: { eq: $slug } }, status: DRAFT) {
            title
          }
        }
      `,
      { slug },
    );
    expect(askingForDrafts.data?.articles ?? []).toEqual([]);
    const restDrafts = await http<{ data: unknown[] }>(`${cms.url}/api/articles?status=draft&filters[slug][$eq]=${slug}`, { token: cms.buildToken });
    expect(restDrafts.status).toBe(200);
    expect(restDrafts.body.data).toEqual([]);

    const published = await http(`${cms.url}/content-manager/collection-types/api::article.article/${created.body.data.documentId}/actions/publish?locale=vi`, {
      method: 'POST',
      token: adminJwt,
      json: {},
    });
    expect(published.status).toBe(200);
    const asPublished = await graphql<{ articles: Array<{ title: string }> }>(cms, ARTICLE_BY_SLUG, { slug });
    expect(asPublished.data?.articles).toEqual([expect.objectContaining({ title })]);
  });

  it('caps a page size above the limit at 100', async () => {
    for (let i = 0; i < 105; i += 1) {
      const { status } = await http(`${cms.url}/api/tags`, { method: 'POST', token: fullAccess, json: { data: { name: `Nhãn số ${i} ${Date.now()}` } } });
      expect(status).toBe(201);
    }
    const answer = await graphql<{ tags_connection: { nodes: unknown[]; pageInfo: { pageSize: number; total: number } } }>(
      cms,
      `
        {
          tags_connection(pagination: { pageSize: 500 }) {
            nodes {
              documentId
            }
            pageInfo {
              pageSize
              total
            }
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.tags_connection.pageInfo.total).toBeGreaterThan(100);
    expect(answer.data?.tags_connection.nodes).toHaveLength(100);
  });

  it('refuses a query deeper than the limit, without a server error', async () => {
    const deep = `{ articles { partnerships { articles { partnerships { articles { partnerships { articles { partnerships { articles { title } } } } } } } } } }`;
    const answer = await graphql(cms, deep);
    expect(answer.status).toBeLessThan(500);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(answer.errors)).toMatch(/depth/i);
  });

  it('gives the build token no write access', async () => {
    const answer = await graphql(
      cms,
      `
        mutation {
          createTag(data: { name: "Không được phép" }) {
            documentId
          }
        }
      `,
    );
    expect(answer.errors?.[0]?.message).toMatch(/forbidden/i);
  });

  it(`${cms.production ? 'turns off' : 'keeps'} introspection and the landing page (NODE_ENV=${cms.production ? 'production' : 'development'})`, async () => {
    const introspection = await graphql<{ __schema: { queryType: { name: string } } }>(
      cms,
      `
        {
          __schema {
            queryType {
              name
            }
          }
        }
      `,
    );
    const landing = await fetch(`${cms.url}/graphql`, { headers: { Accept: 'text/html' } });
    const landingHtml = (await landing.text()).includes('<html');
    if (cms.production) {
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      expect(landingHtml).toBe(false);
    } else {
      expect(introspection.data?.__schema.queryType.name).toBe('Query');
      expect(landingHtml).toBe(true);
    }
  });

  it('gives the public nothing', async () => {
    const rest = await http(`${cms.url}/api/articles`);
    expect(rest.status).toBe(403);
    const answer = await graphql(
      cms,
      `
        {
          articles {
            title
          }
        }
      `,
      {},
      null,
    );
    expect(answer.errors?.[0]?.message).toMatch(/forbidden/i);
  });

  it('serves the demo content in all four types, with Vietnamese intact', async () => {
    const answer = await graphql<Record<string, { pageInfo: { total: number } }>>(
      cms,
      `
        {
          articles_connection {
            pageInfo {
              total
            }
          }
          partnerships_connection {
            pageInfo {
              total
            }
          }
          delegations_connection {
            pageInfo {
              total
            }
          }
          cooperationPeriods_connection {
            pageInfo {
              total
            }
          }
        }
      `,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.articles_connection?.pageInfo.total).toBeGreaterThanOrEqual(8);
    expect(answer.data?.partnerships_connection?.pageInfo.total).toBe(6);
    expect(answer.data?.delegations_connection?.pageInfo.total).toBeGreaterThanOrEqual(5);
    expect(answer.data?.cooperationPeriods_connection?.pageInfo.total).toBeGreaterThanOrEqual(3);
    const english = await graphql<{ partnerships: Array<{ title: string }> }>(
      cms,
      `
        {
          partnerships(locale: "en") {
            title
          }
        }
      `,
    );
    expect(english.data?.partnerships).toHaveLength(6);
    const local = await graphql<{ localities: Array<{ name: string; slug: string }> }>(
      cms,
      `
        {
          localities(filters: { slug: { eq: "dong-da" } }) {
            name
            slug
          }
        }
      `,
    );
    expect(local.data?.localities[0]?.name).toBe('Đống Đa');
  });
});
