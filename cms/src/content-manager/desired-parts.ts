import type { FieldText } from './field-texts';
import type { EditLayout, FieldMetadataPart, ManagedParts, SettingsPart } from './parts';
import type { EditCell, ViewSpec } from './view-specs';

/**
 * What this project wants a model's configuration to be, computed from the texts, the view spec and the
 * model as the content manager sees it. Only values Strapi's own validation and boot-time sync accept
 * come out (known fields, allowed widths, listable columns, sortable titles): anything else would be
 * rewritten by Strapi at the next boot and read back as an administrator's change.
 */
export interface ModelAttribute {
  type: string;
  /** Relations: the uid of the linked type, and oneToOne, manyToOne… */
  targetModel?: string;
  relationType?: string;
}

export interface ContentManagerModel {
  uid: string;
  attributes: Record<string, ModelAttribute>;
}

/** Strapi's width rule for a field type (content-manager service `field-sizes`). */
export interface FieldSize {
  default: number;
  isResizable: boolean;
}

export interface DesiredPartsInput {
  model: ContentManagerModel;
  spec: ViewSpec | undefined;
  texts: Readonly<Record<string, FieldText>> | undefined;
  sizeOf: (type: string) => FieldSize;
  /** The field that names entries of a linked type, when the project has chosen one. */
  entryTitleOf: (uid: string) => string | undefined;
}

const ROW_WIDTH = 12;
/** Attributes the content manager shows but never in the edit view (Strapi's hasEditableAttribute). */
const NOT_EDITABLE = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy']);
/** Types Strapi refuses as list columns (isListable) and as sort or title fields (isSortable). */
const NOT_LISTABLE = new Set(['json', 'password', 'richtext', 'dynamiczone', 'blocks']);
const NOT_SORTABLE = new Set(['component', 'json', 'media', 'richtext', 'dynamiczone', 'blocks']);
const SORTABLE_RELATIONS = new Set(['oneToOne', 'manyToOne']);

export function editableFields(model: ContentManagerModel): string[] {
  return Object.keys(model.attributes).filter((name) => !NOT_EDITABLE.has(name));
}

function isListable(model: ContentManagerModel, name: string): boolean {
  const attribute = model.attributes[name];
  return attribute !== undefined && !NOT_LISTABLE.has(attribute.type);
}

function isSortable(model: ContentManagerModel, name: string): boolean {
  const attribute = model.attributes[name];
  if (!attribute || NOT_SORTABLE.has(attribute.type)) return false;
  return attribute.type !== 'relation' || SORTABLE_RELATIONS.has(attribute.relationType ?? '');
}

/** Strapi's own default title: the first string attribute, else the id. */
function defaultMainField(model: ContentManagerModel): string {
  return Object.keys(model.attributes).find((name) => name !== 'id' && model.attributes[name]?.type === 'string') ?? 'id';
}

function desiredMetadatas(input: DesiredPartsInput): Record<string, FieldMetadataPart> {
  const metadatas: Record<string, FieldMetadataPart> = {};
  for (const name of editableFields(input.model)) {
    const text = input.texts?.[name];
    if (!text) continue;
    const attribute = input.model.attributes[name];
    const entryTitle = attribute?.type === 'relation' && attribute.targetModel ? input.entryTitleOf(attribute.targetModel) : undefined;
    metadatas[name] = { label: text.label, description: text.description, listLabel: text.label, ...(entryTitle ? { mainField: entryTitle } : {}) };
  }
  return metadatas;
}

function desiredSettings(model: ContentManagerModel, spec: ViewSpec | undefined): SettingsPart {
  const mainField = spec?.mainField && isSortable(model, spec.mainField) ? spec.mainField : defaultMainField(model);
  const sort = spec?.sort && isSortable(model, spec.sort.by) ? spec.sort : { by: mainField, order: 'ASC' as const };
  return { mainField, defaultSortBy: sort.by, defaultSortOrder: sort.order };
}

function desiredList(model: ContentManagerModel, spec: ViewSpec | undefined): string[] | undefined {
  const columns = spec?.list?.filter((name) => isListable(model, name));
  return columns && columns.length > 0 ? columns : undefined;
}

function cellWidth(requested: number | undefined, size: FieldSize): number {
  if (requested === undefined || !size.isResizable) return size.default;
  return Number.isInteger(requested) && requested >= 1 && requested <= ROW_WIDTH ? requested : size.default;
}

/** Appends a cell to the last row, or starts a new row when it would overflow (as Strapi does). */
function place(layout: EditLayout, cell: { name: string; size: number }, newRow: boolean): void {
  const last = layout.at(-1);
  const used = last?.reduce((sum, c) => sum + c.size, 0) ?? ROW_WIDTH;
  if (!last || newRow || used + cell.size > ROW_WIDTH) layout.push([cell]);
  else last.push(cell);
}

function desiredEdit(input: DesiredPartsInput): EditLayout {
  const editable = new Set(editableFields(input.model));
  const layout: EditLayout = [];
  const placed = new Set<string>();
  const specRows: ReadonlyArray<readonly EditCell[]> = input.spec?.edit ?? [];
  for (const row of specRows) {
    let first = true;
    for (const cell of row) {
      const [name, requested] = typeof cell === 'string' ? [cell, undefined] : cell;
      const attribute = input.model.attributes[name];
      if (!attribute || !editable.has(name) || placed.has(name)) continue;
      place(layout, { name, size: cellWidth(requested, input.sizeOf(attribute.type)) }, first);
      placed.add(name);
      first = false;
    }
  }
  // Fields the spec does not place (a new attribute) go last, together, so they are never hidden.
  let first = true;
  for (const name of editable) {
    if (placed.has(name)) continue;
    place(layout, { name, size: input.sizeOf(input.model.attributes[name]?.type ?? 'string').default }, first);
    first = false;
  }
  return layout;
}

export function desiredParts(input: DesiredPartsInput): ManagedParts {
  const list = desiredList(input.model, input.spec);
  return {
    settings: desiredSettings(input.model, input.spec),
    metadatas: desiredMetadatas(input),
    ...(list ? { list } : {}),
    edit: desiredEdit(input),
  };
}
