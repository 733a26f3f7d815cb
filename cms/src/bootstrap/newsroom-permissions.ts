import type { Core, UID } from '@strapi/strapi';
import { REBUILD_ACTION } from '../rebuild/admin-api';
import { LOCALE_CODES } from './locales';
import type { PermissionProperties, RolePermission } from './role-grants';

/**
 * What the newsroom's Author and Editor may do, as the permissions Strapi's role editor would save:
 * content-type permissions list every field (component sub-fields included, as Strapi's own
 * `getNestedFields` lists them) and both locales. The content types are read from `strapi.contentTypes`
 * (every `api::` type), so a type added later is covered on the next boot.
 *
 * Strapi's default Author and Editor roles hold create/read/update rows without any locale (which i18n
 * reads as no locale at all), and lose delete and publish at every boot (Strapi's clean-up deletes
 * those rows because they carry no `locales`); this fills them in.
 */

/** Strapi creates these roles on a new database; they are found by code, as administrators may rename them. */
export const NEWSROOM_ROLES = { author: 'strapi-author', editor: 'strapi-editor' } as const;
export type NewsroomRoleCode = (typeof NEWSROOM_ROLES)[keyof typeof NEWSROOM_ROLES];

const IS_CREATOR = 'admin::is-creator';
const explorer = (verb: 'create' | 'read' | 'update' | 'delete' | 'publish') => `plugin::content-manager.explorer.${verb}`;
const upload = (action: string) => `plugin::upload.${action}`;

interface Grant {
  action: string;
  conditions?: readonly string[];
}

const GRANTS: Record<NewsroomRoleCode, { contentTypes: Grant[]; other: Grant[] }> = {
  [NEWSROOM_ROLES.author]: {
    contentTypes: [
      { action: explorer('create'), conditions: [IS_CREATOR] },
      // Unconditional: a relation picker lists only what the user may read of the target type, and every
      // type here is the target of some relation (an article links partnerships, delegations, articles…).
      { action: explorer('read') },
      { action: explorer('update'), conditions: [IS_CREATOR] },
    ],
    other: [
      // The whole library, to pick any image; uploads; edits (and deletes: one permission in Strapi) of
      // the author's own files only.
      { action: upload('read') },
      { action: upload('assets.create') },
      { action: upload('assets.update'), conditions: [IS_CREATOR] },
      { action: upload('assets.download') },
      { action: upload('assets.copy-link') },
    ],
  },
  [NEWSROOM_ROLES.editor]: {
    // Publish covers unpublish in Strapi 5 (content-manager's permission checker maps one to the other).
    contentTypes: (['create', 'read', 'update', 'delete', 'publish'] as const).map((verb) => ({ action: explorer(verb) })),
    other: [
      ...['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map((action) => ({ action: upload(action) })),
      { action: REBUILD_ACTION },
    ],
  },
};

interface RegisteredAction {
  subjects?: string[];
}
interface ActionProvider {
  get(actionId: string): RegisteredAction | undefined;
  appliesToProperty(property: string, actionId: string, subject?: string): Promise<boolean>;
}
interface ContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

export async function newsroomPermissions(strapi: Core.Strapi, role: NewsroomRoleCode): Promise<RolePermission[]> {
  // Strapi types services as an open record (`Core.Service`): these are the methods of 5.54 used here.
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: ActionProvider };
  const contentTypeService = strapi.service('admin::content-type') as ContentTypeService;
  // Object.keys says only `string`; a key of the registry is a content-type UID.
  const isContentTypeUid = (uid: string): uid is UID.ContentType => uid in strapi.contentTypes;
  const projectTypes = Object.keys(strapi.contentTypes)
    .filter(isContentTypeUid)
    .filter((uid) => uid.startsWith('api::'));
  const permissions: RolePermission[] = [];
  const missing = (action: string) => strapi.log.warn(`[atlas] roles: the action ${action} is not registered; ${role} does not get it`);

  for (const grant of GRANTS[role].contentTypes) {
    const action = actionProvider.get(grant.action);
    if (!action) {
      missing(grant.action);
      continue;
    }
    for (const subject of projectTypes.filter((uid) => action.subjects?.includes(uid))) {
      const properties: PermissionProperties = {};
      if (await actionProvider.appliesToProperty('fields', grant.action, subject)) {
        properties.fields = contentTypeService.getNestedFields(strapi.contentType(subject), { components: strapi.components });
      }
      if (await actionProvider.appliesToProperty('locales', grant.action, subject)) properties.locales = [...LOCALE_CODES];
      permissions.push({ action: grant.action, subject, properties, conditions: [...(grant.conditions ?? [])] });
    }
  }
  for (const grant of GRANTS[role].other) {
    if (!actionProvider.get(grant.action)) missing(grant.action);
    else permissions.push({ action: grant.action, subject: null, properties: {}, conditions: [...(grant.conditions ?? [])] });
  }
  return permissions;
}
