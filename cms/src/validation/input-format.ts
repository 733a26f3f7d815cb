import type { Core, UID } from '@strapi/strapi';
import type { EntryProblem } from '@atlas/shared';

/**
 * Input the database would reject with an error that names no field (a malformed date: "Invalid
 * format, expected yyyy-MM-dd"; a NUL character or a `string` longer than its varchar(255) column,
 * which PostgreSQL cannot store at all), checked before the write so the refusal names the field like
 * every other. Lengths are checked on drafts too: Strapi checks `maxLength` only at publish. An empty string for a date means "no
 * date", as the admin sends it. Nested components are walked; relation and media input is left to
 * Strapi, which names those fields itself.
 */
type Data = Record<string, unknown>;
type Attribute = { type: string; component?: string; repeatable?: boolean; maxLength?: number };

/** C0 control characters other than tab, line feed and carriage return: invisible, never typed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
/** Types Strapi stores as varchar(255). */
const SHORT_TYPES = new Set(['string', 'email', 'uid', 'enumeration']);
const COLUMN_LENGTH = 255;

function maxLengthOf(attribute: Attribute): number | undefined {
  const short = SHORT_TYPES.has(attribute.type) ? COLUMN_LENGTH : undefined;
  return attribute.maxLength === undefined ? short : Math.min(attribute.maxLength, short ?? Infinity);
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isDateTime(value: string): boolean {
  const match = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value);
  return Boolean(match?.[1] && isCalendarDate(match[1]) && !Number.isNaN(Date.parse(value)));
}

export function inputFormatProblems(strapi: Core.Strapi, uid: string, data: Data, prefix = ''): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const attributes = strapi.getModel(uid as UID.Schema).attributes as Record<string, Attribute>;
  for (const [name, attribute] of Object.entries(attributes)) {
    const value = data[name];
    const field = `${prefix}${name}`;
    if ((attribute.type === 'date' || attribute.type === 'datetime') && typeof value === 'string') {
      if (value.trim() === '') data[name] = null;
      else if (!(attribute.type === 'date' ? isCalendarDate(value) : isDateTime(value)))
        problems.push({ field, rule: attribute.type === 'date' ? 'date' : 'dateTime', params: {} });
    } else if (TEXT_TYPES.has(attribute.type) && typeof value === 'string') {
      const control = CONTROL.exec(value)?.[0];
      const max = maxLengthOf(attribute);
      if (control)
        problems.push({ field, rule: 'control', params: { character: `U+${(control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}` } });
      else if (max !== undefined && [...value].length > max) problems.push({ field, rule: 'tooLong', params: { max, length: [...value].length } });
    } else if (attribute.type === 'component' && attribute.component && value && typeof value === 'object') {
      const items = attribute.repeatable && Array.isArray(value) ? value : [value];
      items.forEach((item, index) => {
        if (item && typeof item === 'object')
          problems.push(...inputFormatProblems(strapi, attribute.component ?? '', item as Data, attribute.repeatable ? `${field}.${index}.` : `${field}.`));
      });
    } else if (attribute.type === 'dynamiczone' && Array.isArray(value)) {
      value.forEach((block: unknown, index) => {
        const component = block && typeof block === 'object' ? (block as Data).__component : undefined;
        if (typeof component === 'string' && strapi.components[component as UID.Component]) {
          problems.push(...inputFormatProblems(strapi, component, block as Data, `${field}.${index}.`));
        }
      });
    }
  }
  return problems;
}
