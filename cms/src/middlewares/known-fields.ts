import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { typeNameVi } from '../content-manager/type-names';

/**
 * The admin's content API (`/content-manager/…`) drops a field it does not know without a word, so a
 * script or integration that misspells one (`publishDate` for `publicationDate`) loses that value and
 * is told "saved". Here a write that names an unknown field is refused, naming it. The REST and GraphQL
 * APIs already refuse unknown fields themselves. The admin's own form sends, besides the fields, the
 * document's bookkeeping (ids, timestamps, authors, locale, status), which is allowed.
 */
const BOOKKEEPING = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'firstPublishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  'status',
]);
const WRITE_ROUTE =
  /^\/content-manager\/collection-types\/([^/]+)(?:\/[^/]+)?(?:\/actions\/publish)?\/?$|^\/content-manager\/collection-types\/([^/]+)\/clone\/[^/]+\/?$/;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const match = ctx.method === 'POST' || ctx.method === 'PUT' ? WRITE_ROUTE.exec(ctx.path) : null;
    const uid = decodeURIComponent(match?.[1] ?? match?.[2] ?? '');
    const body: unknown = ctx.request.body;
    if (uid.startsWith('api::') && body && typeof body === 'object' && !Array.isArray(body)) {
      const model = strapi.getModel(uid as UID.ContentType);
      const unknown = model ? Object.keys(body).filter((key) => !(key in model.attributes) && !BOOKKEEPING.has(key)) : [];
      if (unknown.length > 0) {
        const list = unknown.map((key) => `"${key}"`).join(', ');
        throw new errors.ValidationError(
          `${typeNameVi(model.info.displayName)} không có trường ${list}: dữ liệu của trường này sẽ không được lưu. Hãy kiểm tra tên trường.`,
          {
            errors: unknown.map((key) => ({ path: [key], message: `Trường không tồn tại: ${key}`, name: 'ValidationError' })),
          },
        );
      }
    }
    await next();
  };
