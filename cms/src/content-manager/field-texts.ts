/**
 * Labels and one-line descriptions of every field, in Vietnamese (placeholder until the admin texts
 * land: the attribute name is used as its label).
 */
export interface FieldText {
  label: string;
  description: string;
}

export const FIELD_TEXTS: Readonly<Record<string, Readonly<Record<string, FieldText>>>> = {};

export function fieldLabel(uid: string, field: string): string {
  return FIELD_TEXTS[uid]?.[field]?.label ?? field;
}
