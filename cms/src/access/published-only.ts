import type { Core } from '@strapi/strapi';

/**
 * Strapi's content API hands drafts to any reader that asks (`status=draft` in REST, `status: DRAFT` in
 * GraphQL), read-only tokens included. Here drafts stay with the editors: on a content-API request, only
 * a full-access token may read them; every other reader (the site's read-only build token, the public)
 * is served published content whatever it asks for. The admin panel is not a content-API route and is
 * not affected.
 */
const READ_ACTIONS = new Set(['findOne', 'findFirst', 'findMany', 'count']);

interface RequestState {
  route?: { info?: { type?: string } };
  auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null };
}

function mayReadDrafts(state: RequestState): boolean {
  return state.auth?.strategy?.name === 'api-token' && state.auth.credentials?.type === 'full-access';
}

export function registerPublishedOnlyForReaders(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!READ_ACTIONS.has(context.action)) return next();
    const state = strapi.requestContext.get()?.state as RequestState | undefined;
    if (state?.route?.info?.type === 'content-api' && !mayReadDrafts(state)) {
      (context.params as { status?: string }).status = 'published';
    }
    return next();
  });
}
