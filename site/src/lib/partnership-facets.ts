import { labelOf, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, type SiteLocale } from '@atlas/shared';
import type { Catalog, PartnershipView } from './catalog.ts';

/**
 * The partnership index's filters. Each option is a pre-built page (/partnerships/<facet>/<value>/),
 * so filtering works without JavaScript and every filtered list has a URL to share.
 */
export const FACETS = ['country', 'type', 'status', 'field'] as const;
export type Facet = (typeof FACETS)[number];

export interface FacetOption {
  facet: Facet;
  value: string;
  label: string;
  partnerships: PartnershipView[];
}

function group(
  facet: Facet,
  partnerships: readonly PartnershipView[],
  keys: (p: PartnershipView) => Array<{ value: string; label: string }>,
  locale: SiteLocale,
): FacetOption[] {
  const options = new Map<string, FacetOption>();
  for (const partnership of partnerships) {
    for (const { value, label } of keys(partnership)) {
      const option = options.get(value) ?? { facet, value, label, partnerships: [] };
      option.partnerships.push(partnership);
      options.set(value, option);
    }
  }
  return [...options.values()].sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Every facet's options that at least one partnership has, in label order. */
export function facetOptions(catalog: Pick<Catalog, 'partnerships' | 'locale'>): Record<Facet, FacetOption[]> {
  const { partnerships, locale } = catalog;
  return {
    country: group(
      'country',
      partnerships,
      (p) => (p.partnerLocality?.country ? [{ value: p.partnerLocality.country.isoCode.toLowerCase(), label: p.partnerLocality.country.name }] : []),
      locale,
    ),
    type: group('type', partnerships, (p) => [{ value: p.type, label: labelOf(PARTNERSHIP_TYPES, p.type, locale) }], locale),
    status: group('status', partnerships, (p) => [{ value: p.relationStatus, label: labelOf(PARTNERSHIP_STATUSES, p.relationStatus, locale) }], locale),
    field: group('field', partnerships, (p) => p.fields.map((field) => ({ value: field.slug, label: field.name })), locale),
  };
}
