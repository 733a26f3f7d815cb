/**
 * The parts of a content-manager configuration this project manages, each applied (or left to an
 * administrator) on its own: the texts of each field, the list columns, the edit rows, and the settings
 * that name and order entries. Everything else in Strapi's configuration (visibility, placeholders,
 * page size, filters…) is left as stored.
 */
export interface FieldMetadataPart {
  label: string;
  description: string;
  listLabel: string;
  /** For relations: the target's field that names each linked entry. */
  mainField?: string;
}

export interface SettingsPart {
  mainField: string;
  defaultSortBy: string;
  defaultSortOrder: 'ASC' | 'DESC';
}

export interface EditLayoutCell {
  name: string;
  size: number;
}

export type EditLayout = EditLayoutCell[][];

export interface ManagedParts {
  settings: SettingsPart;
  metadatas: Record<string, FieldMetadataPart>;
  /** Absent for components, whose list layout editors never see. */
  list?: string[];
  edit: EditLayout;
}

/** Strapi's stored configuration of one model, as the content manager's services read and write it. */
export interface StoredConfiguration {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: EditLayout; [legacy: string]: unknown };
}
