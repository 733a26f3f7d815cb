import type { Core } from '@strapi/strapi';
import type { ChangeAction, ContentChange } from '@atlas/shared';

/**
 * Which writes change what the site shows. Types with draft & publish change the site when published,
 * unpublished or deleted; a create or update that publishes in the same call (the REST/GraphQL
 * `status=published`) counts as a publish. Types without draft & publish change it on every write.
 * Media files change it when edited or removed. Bulk actions of the admin go through the same
 * Document Service calls one document at a time, so they are seen too.
 */
type Listener = (change: ContentChange) => void;

const ALWAYS = new Set(['publish', 'unpublish', 'delete']);
const WRITES = new Set(['create', 'update']);

export function watchContentChanges(strapi: Core.Strapi, listener: Listener): void {
  strapi.documents.use(async (context, next) => {
    const result = await next();
    const { uid, action } = context;
    if (!uid.startsWith('api::')) return result;
    const params = context.params as { documentId?: string; locale?: string; status?: string };
    const draftAndPublish = Boolean(strapi.getModel(uid).options?.draftAndPublish);
    const counts = ALWAYS.has(action) || (WRITES.has(action) && (!draftAndPublish || params.status === 'published'));
    if (!counts) return result;
    const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
    if (documentId) {
      const published = WRITES.has(action) && draftAndPublish ? 'publish' : action;
      listener({ type: uid, documentId, locale: params.locale ?? null, action: published as ChangeAction });
    }
    return result;
  });

  const onFile = (event: { result?: { documentId?: string; id?: number } }) => {
    const file = event.result;
    if (file) listener({ type: 'plugin::upload.file', documentId: String(file.documentId ?? file.id), locale: null, action: 'media' });
  };
  strapi.db.lifecycles.subscribe({ models: ['plugin::upload.file'], afterUpdate: onFile, afterDelete: onFile });
}
