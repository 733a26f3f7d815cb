import type { Core } from '@strapi/strapi';
import { desiredParts, editableFields, type ContentManagerModel, type FieldSize } from '../content-manager/desired-parts';
import { FIELD_TEXTS } from '../content-manager/field-texts';
import type { StoredConfiguration } from '../content-manager/parts';
import { reconcile, writesNothing, type AppliedRecord } from '../content-manager/reconcile';
import { sameValue } from '../content-manager/same-value';
import { readManagedParts, withWrittenParts } from '../content-manager/stored-parts';
import { VIEW_SPECS } from '../content-manager/view-specs';

/**
 * Writes the project's field texts, list columns, edit rows and entry titles into the content manager's
 * configuration of every api:: content type and every component, through the content manager's own
 * services (which keep Strapi's store format and cache). It runs in the app's bootstrap, after the
 * content manager's own boot-time sync, so what it writes is what the admin serves.
 *
 * Idempotent without overriding administrators: what was applied is remembered per model in Strapi's
 * store, and a part that no longer holds it (someone changed it in "Configure the view") is kept and
 * reported in one log line (see content-manager/reconcile.ts).
 */
export const APPLIED_STORE = { type: 'plugin', name: 'atlas', key: 'content-manager-layouts' } as const;

type AppliedRecords = Record<string, AppliedRecord>;

/** The part of the content manager's `content-types` and `components` services used here. */
interface ConfigurationService {
  findConfiguration(model: ContentManagerModel): Promise<StoredConfiguration>;
  updateConfiguration(model: ContentManagerModel, configuration: StoredConfiguration): Promise<unknown>;
}
interface ContentTypesService extends ConfigurationService {
  findContentType(uid: string): ContentManagerModel | undefined;
}
interface ComponentsService extends ConfigurationService {
  findComponent(uid: string): ContentManagerModel | undefined;
}
interface FieldSizesService {
  getFieldSize(type: string): FieldSize;
}

interface Target {
  uid: string;
  model: ContentManagerModel;
  service: ConfigurationService;
}

function targets(strapi: Core.Strapi, contentTypes: ContentTypesService, components: ComponentsService): Target[] {
  const found: Target[] = [];
  for (const uid of Object.keys(strapi.contentTypes)
    .filter((name) => name.startsWith('api::'))
    .sort()) {
    const model = contentTypes.findContentType(uid);
    if (model) found.push({ uid, model, service: contentTypes });
  }
  for (const uid of Object.keys(strapi.components).sort()) {
    const model = components.findComponent(uid);
    if (model) found.push({ uid, model, service: components });
  }
  return found;
}

export async function applyContentManagerViews(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  // Strapi types its plugins' services loosely; these are the methods of 5.54 this code relies on.
  const contentTypes = contentManager.service<ContentTypesService>('content-types');
  const components = contentManager.service<ComponentsService>('components');
  const fieldSizes = contentManager.service<FieldSizesService>('field-sizes');
  const store = strapi.store({ type: APPLIED_STORE.type, name: APPLIED_STORE.name });
  const applied = ((await store.get({ key: APPLIED_STORE.key })) ?? {}) as AppliedRecords;
  const next: AppliedRecords = {};
  const written: string[] = [];

  for (const { uid, model, service } of targets(strapi, contentTypes, components)) {
    const desired = desiredParts({
      model,
      spec: VIEW_SPECS[uid],
      texts: FIELD_TEXTS[uid],
      sizeOf: (type) => fieldSizes.getFieldSize(type),
      entryTitleOf: (target) => VIEW_SPECS[target]?.mainField,
    });
    const stored = await service.findConfiguration(model);
    const result = reconcile({ current: readManagedParts(stored, desired), desired, applied: applied[uid], attributes: editableFields(model) });
    if (!writesNothing(result.write)) {
      await service.updateConfiguration(model, withWrittenParts(stored, result.write));
      written.push(uid);
    }
    if (result.kept.length > 0) {
      strapi.log.info(`[atlas] content manager: kept the administrator's changes to ${uid} (${result.kept.join(', ')})`);
    }
    next[uid] = result.record;
  }

  if (!sameValue(next, applied)) await store.set({ key: APPLIED_STORE.key, value: next });
  if (written.length > 0) strapi.log.info(`[atlas] content manager: field texts and layouts applied to ${written.join(', ')}`);
}
