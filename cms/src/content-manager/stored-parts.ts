import type { FieldMetadataPart, ManagedParts, SettingsPart, StoredConfiguration } from './parts';
import type { Reconciliation } from './reconcile';

/**
 * Between Strapi's stored configuration and the parts this project manages: read the managed parts out
 * (shaped like the desired ones, so they compare), and put written parts back without touching the
 * rest (visibility, placeholders, page size, filters, other fields).
 */
const text = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback);

function storedMetadata(stored: StoredConfiguration, field: string, withMainField: boolean): FieldMetadataPart {
  const meta = stored.metadatas[field];
  const part: FieldMetadataPart = {
    label: text(meta?.edit.label, field),
    description: text(meta?.edit.description, ''),
    listLabel: text(meta?.list.label, field),
  };
  if (withMainField && typeof meta?.edit.mainField === 'string') part.mainField = meta.edit.mainField;
  return part;
}

function storedSettings(stored: StoredConfiguration): SettingsPart {
  const order = stored.settings.defaultSortOrder === 'DESC' ? 'DESC' : 'ASC';
  return {
    mainField: text(stored.settings.mainField, 'id'),
    defaultSortBy: text(stored.settings.defaultSortBy, 'id'),
    defaultSortOrder: order,
  };
}

/** The managed parts of a stored configuration, for the fields and parts `desired` manages. */
export function readManagedParts(stored: StoredConfiguration, desired: ManagedParts): ManagedParts {
  const metadatas: Record<string, FieldMetadataPart> = {};
  for (const [field, wanted] of Object.entries(desired.metadatas)) metadatas[field] = storedMetadata(stored, field, wanted.mainField !== undefined);
  return {
    settings: storedSettings(stored),
    metadatas,
    ...(desired.list ? { list: [...stored.layouts.list] } : {}),
    edit: stored.layouts.edit.map((row) => row.map((cell) => ({ name: cell.name, size: cell.size }))),
  };
}

/** The full configuration to hand to the content manager's updateConfiguration, with the written parts in. */
export function withWrittenParts(stored: StoredConfiguration, write: Reconciliation['write']): StoredConfiguration {
  const metadatas = { ...stored.metadatas };
  for (const [field, part] of Object.entries(write.metadatas)) {
    const meta = metadatas[field] ?? { edit: {}, list: {} };
    metadatas[field] = {
      edit: { ...meta.edit, label: part.label, description: part.description, ...(part.mainField ? { mainField: part.mainField } : {}) },
      list: { ...meta.list, label: part.listLabel },
    };
  }
  return {
    settings: { ...stored.settings, ...(write.settings ?? {}) },
    metadatas,
    layouts: { ...stored.layouts, list: write.list ?? stored.layouts.list, edit: write.edit ?? stored.layouts.edit },
  };
}
