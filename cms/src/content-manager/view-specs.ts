/**
 * How each content type and component looks in the content manager, in the order an editor works: text
 * first (title, slug, lead, body), then photos, then relations, then publishing. Strapi's edit view is
 * rows of fields on a 12-column grid; order and widths are the only grouping it has (a dynamic zone also
 * splits the form into separate boxes). A field the spec leaves out is appended at the end, so a new
 * attribute is never hidden from editors.
 */

/** A field of an edit row, with a width out of 12 when the type's default width does not suit. */
export type EditCell = string | readonly [field: string, size: number];

export interface ViewSpec {
  /**
   * Columns of the list view. Strapi adds the locales (i18n) and the status (draft & publish) after
   * them: more than about four columns push the status out of a 1440-pixel-wide screen.
   */
  list?: readonly string[];
  /** Rows of the edit view, top to bottom. */
  edit: ReadonlyArray<readonly EditCell[]>;
  /** The field that names an entry wherever it is shown: relation pickers, list cells, breadcrumbs. */
  mainField?: string;
  /** The list view's order when an editor has not chosen one. */
  sort?: { by: string; order: 'ASC' | 'DESC' };
}

export const VIEW_SPECS: Readonly<Record<string, ViewSpec>> = {
  'api::article.article': {
    list: ['title', 'publicationDate', 'category'],
    mainField: 'title',
    sort: { by: 'publicationDate', order: 'DESC' },
    edit: [
      [['title', 12]],
      ['slug'],
      [['lead', 12]],
      ['body'],
      ['cover', 'coverAlt'],
      ['coverCaption', 'coverCredit'],
      ['category', 'tags'],
      ['partnerships', 'delegations'],
      ['relatedArticles'],
      ['publicationDate', 'author'],
      [
        ['compiled', 4],
        ['source', 8],
      ],
    ],
  },
  'api::partnership.partnership': {
    list: ['title', 'type', 'relationStatus', 'establishedYear'],
    mainField: 'title',
    sort: { by: 'title', order: 'ASC' },
    edit: [
      [['title', 12]],
      ['slug'],
      [['summary', 12]],
      ['body'],
      ['localSide', 'partnerLocality'],
      ['type', 'level'],
      [
        ['relationStatus', 4],
        ['establishedYear', 4],
        ['establishedDate', 4],
      ],
      ['signatories'],
      ['fields', 'periods'],
      ['delegations', 'articles'],
    ],
  },
  'api::delegation.delegation': {
    list: ['title', 'direction', 'startDate'],
    mainField: 'title',
    sort: { by: 'startDate', order: 'DESC' },
    edit: [
      [['title', 12]],
      ['slug'],
      [['purpose', 12]],
      [
        ['direction', 4],
        ['startDate', 4],
        ['endDate', 4],
      ],
      [['places', 12]],
      ['leader'],
      ['members'],
      ['host'],
      ['outcomes'],
      ['partnerships', 'fieldsDiscussed'],
      ['articles'],
    ],
  },
  'api::cooperation-period.cooperation-period': {
    list: ['name', 'partnership', 'instrument', 'startDate'],
    mainField: 'name',
    sort: { by: 'startDate', order: 'DESC' },
    edit: [
      [['name', 12]],
      ['slug'],
      [['summary', 12]],
      ['partnership', 'instrument'],
      [
        ['startDate', 4],
        ['endDate', 4],
        ['signedDate', 4],
      ],
      ['signedPlace'],
      ['fields'],
      ['actionItems'],
      ['documents'],
    ],
  },
  'api::locality.locality': {
    list: ['name', 'level', 'country'],
    mainField: 'name',
    sort: { by: 'name', order: 'ASC' },
    edit: [
      ['name', 'slug'],
      ['level', 'country'],
      [
        ['latitude', 4],
        ['longitude', 4],
        ['wikidataId', 4],
      ],
    ],
  },
  'api::country.country': {
    list: ['name', 'isoCode'],
    mainField: 'name',
    sort: { by: 'name', order: 'ASC' },
    edit: [['name', ['isoCode', 4]], ['localities']],
  },
  'api::cooperation-field.cooperation-field': {
    list: ['name', 'slug'],
    mainField: 'name',
    sort: { by: 'name', order: 'ASC' },
    edit: [['name', 'slug'], [['description', 12]]],
  },
  'api::category.category': {
    list: ['name', 'parent', 'slug'],
    mainField: 'name',
    sort: { by: 'name', order: 'ASC' },
    edit: [['name', 'slug'], ['parent']],
  },
  'api::tag.tag': {
    list: ['name', 'slug'],
    mainField: 'name',
    sort: { by: 'name', order: 'ASC' },
    edit: [['name', 'slug']],
  },
  // Components: their list layout is not shown to editors, so only the edit rows and the entry title
  // (the heading of a collapsed repeatable item) are set.
  'content.figure': {
    mainField: 'alt',
    edit: [
      ['image', 'alt'],
      ['caption', 'credit'],
    ],
  },
  'content.rich-text': { edit: [['body']] },
  'cooperation.action-item': {
    mainField: 'description',
    edit: [[['description', 12]], ['field', 'progress']],
  },
  'cooperation.person': {
    mainField: 'name',
    edit: [['name', 'office']],
  },
};
