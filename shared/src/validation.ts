/**
 * Validation rules of the content model that a JSON schema cannot express. The CMS enforces them on
 * every save (a Document Service middleware); the site re-checks nothing it did not receive from there.
 */
export interface FieldError {
  /** The attribute at fault, as the admin and the API name it. */
  field: string;
  message: string;
}

/** Calendar dates compare as strings (`YYYY-MM-DD`); date-times are compared as instants. */
function toComparable(value: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
}

/** An end before its start is refused; either end may be missing (open periods, undated drafts). */
export function checkDateOrder(
  start: string | null | undefined,
  end: string | null | undefined,
  fields: { start: string; end: string } = { start: 'startDate', end: 'endDate' },
): FieldError[] {
  if (!start || !end) return [];
  const from = toComparable(start);
  const to = toComparable(end);
  if (Number.isNaN(from) || Number.isNaN(to)) return [];
  return to < from ? [{ field: fields.end, message: `${fields.end} (${end}) must be on or after ${fields.start} (${start})` }] : [];
}

/** Latitude in [-90, 90] and longitude in [-180, 180]; a missing coordinate is allowed. */
export function checkCoordinates(
  latitude: number | string | null | undefined,
  longitude: number | string | null | undefined,
): FieldError[] {
  const errors: FieldError[] = [];
  const lat = latitude === null || latitude === undefined || latitude === '' ? null : Number(latitude);
  const lng = longitude === null || longitude === undefined || longitude === '' ? null : Number(longitude);
  if (lat !== null && !(lat >= -90 && lat <= 90)) {
    errors.push({ field: 'latitude', message: `latitude (${String(latitude)}) must be between -90 and 90` });
  }
  if (lng !== null && !(lng >= -180 && lng <= 180)) {
    errors.push({ field: 'longitude', message: `longitude (${String(longitude)}) must be between -180 and 180` });
  }
  return errors;
}

/** An established year must not lie in the future nor before modern twinning (the first in 1920). */
export function checkEstablishedYear(year: number | null | undefined, now: Date = new Date()): FieldError[] {
  if (year === null || year === undefined) return [];
  const latest = now.getUTCFullYear();
  return Number.isInteger(year) && year >= 1900 && year <= latest
    ? []
    : [{ field: 'establishedYear', message: `establishedYear (${year}) must be a year between 1900 and ${latest}` }];
}
