/**
 * The GraphQL documents the site's content loaders send. graphql-codegen (shared/codegen.ts) turns each
 * into a typed document in ./generated/, checked against the committed schema: no answer is typed by hand.
 *
 * Shapes follow three rules:
 * - Entries carry their own fields and the documentIds they point at on the owning side of each relation
 *   (an article lists its partnerships; a partnership does not list its articles: the site derives that).
 *   The owning side is the one whose updatedAt changes when the relation does, so incremental sync stays
 *   exact.
 * - Every relation list asks for 100 (the CMS's maximum); a list that comes back full is paged on with
 *   the *RelationsPage documents, so no count truncates silently.
 * - `updatedAt > $since` selects what changed since the last build; `total` of the unfiltered collection
 *   tells whether anything disappeared.
 */
import { graphql } from './generated/index.ts';

export const MediaFields = graphql(`
  fragment MediaFields on UploadFile {
    url
    width
    height
    alternativeText
  }
`);

export const ArticleFields = graphql(`
  fragment ArticleFields on Article {
    documentId
    locale
    updatedAt
    title
    slug
    formerSlugs
    lead
    publicationDate
    author
    compiled
    source
    cover {
      ...MediaFields
    }
    coverAlt
    coverCaption
    coverCredit
    body {
      __typename
      ... on ComponentContentRichText {
        body
      }
      ... on ComponentContentFigure {
        alt
        caption
        credit
        image {
          ...MediaFields
        }
      }
    }
    category {
      documentId
    }
    tags(pagination: { limit: 100 }) {
      documentId
    }
    partnerships(pagination: { limit: 100 }) {
      documentId
    }
    delegations(pagination: { limit: 100 }) {
      documentId
    }
    relatedArticles(pagination: { limit: 100 }) {
      documentId
    }
  }
`);

export const PartnershipFields = graphql(`
  fragment PartnershipFields on Partnership {
    documentId
    locale
    updatedAt
    title
    slug
    formerSlugs
    type
    level
    relationStatus
    establishedYear
    establishedDate
    summary
    body
    signatories {
      name
      office
    }
    localSide {
      documentId
    }
    partnerLocality {
      documentId
    }
    fields(pagination: { limit: 100 }) {
      documentId
    }
  }
`);

export const DelegationFields = graphql(`
  fragment DelegationFields on Delegation {
    documentId
    locale
    updatedAt
    title
    slug
    formerSlugs
    direction
    startDate
    endDate
    places
    purpose
    outcomes
    leader {
      name
      office
    }
    members {
      name
      office
    }
    host {
      name
      office
    }
    fieldsDiscussed(pagination: { limit: 100 }) {
      documentId
    }
    partnerships(pagination: { limit: 100 }) {
      documentId
    }
  }
`);

export const PeriodFields = graphql(`
  fragment PeriodFields on CooperationPeriod {
    documentId
    locale
    updatedAt
    name
    slug
    formerSlugs
    instrument
    startDate
    endDate
    signedDate
    signedPlace
    summary
    partnership {
      documentId
    }
    fields(pagination: { limit: 100 }) {
      documentId
    }
    actionItems {
      description
      progress
      field {
        documentId
      }
    }
    documents(pagination: { limit: 100 }) {
      url
      name
      ext
    }
  }
`);

export const LocalityFields = graphql(`
  fragment LocalityFields on Locality {
    documentId
    locale
    updatedAt
    name
    slug
    level
    latitude
    longitude
    wikidataId
    country {
      documentId
    }
  }
`);

export const CountryFields = graphql(`
  fragment CountryFields on Country {
    documentId
    locale
    updatedAt
    name
    isoCode
  }
`);

export const FieldFields = graphql(`
  fragment FieldFields on CooperationField {
    documentId
    locale
    updatedAt
    name
    slug
    formerSlugs
    description
  }
`);

export const CategoryFields = graphql(`
  fragment CategoryFields on Category {
    documentId
    locale
    updatedAt
    name
    slug
    formerSlugs
    parent {
      documentId
    }
  }
`);

export const TagFields = graphql(`
  fragment TagFields on Tag {
    documentId
    locale
    updatedAt
    name
    slug
    formerSlugs
  }
`);

/** A page of a collection's changes: the page count, and each entry's fields. */
export const ArticlesPage = graphql(`
  fragment ArticlesPage on ArticleEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...ArticleFields
    }
  }
`);
export const PartnershipsPage = graphql(`
  fragment PartnershipsPage on PartnershipEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...PartnershipFields
    }
  }
`);
export const DelegationsPage = graphql(`
  fragment DelegationsPage on DelegationEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...DelegationFields
    }
  }
`);
export const PeriodsPage = graphql(`
  fragment PeriodsPage on CooperationPeriodEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...PeriodFields
    }
  }
`);
export const LocalitiesPage = graphql(`
  fragment LocalitiesPage on LocalityEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...LocalityFields
    }
  }
`);
export const CountriesPage = graphql(`
  fragment CountriesPage on CountryEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...CountryFields
    }
  }
`);
export const FieldsPage = graphql(`
  fragment FieldsPage on CooperationFieldEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...FieldFields
    }
  }
`);
export const CategoriesPage = graphql(`
  fragment CategoriesPage on CategoryEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...CategoryFields
    }
  }
`);
export const TagsPage = graphql(`
  fragment TagsPage on TagEntityResponseCollection {
    pageInfo {
      pageCount
    }
    nodes {
      ...TagFields
    }
  }
`);

/**
 * One request per locale tells what changed in every collection since the last build (the first 100
 * changes of each) and how many entries each holds now. A warm build after one edit sends only this.
 */
export const ContentChanges = graphql(`
  query ContentChanges(
    $locale: I18NLocaleCode!
    $articles: DateTime!
    $partnerships: DateTime!
    $delegations: DateTime!
    $periods: DateTime!
    $localities: DateTime!
    $countries: DateTime!
    $fields: DateTime!
    $categories: DateTime!
    $tags: DateTime!
  ) {
    articles: articles_connection(locale: $locale, filters: { updatedAt: { gt: $articles } }, sort: ["updatedAt:asc"], pagination: { page: 1, pageSize: 100 }) {
      ...ArticlesPage
    }
    articlesTotal: articles_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    partnerships: partnerships_connection(
      locale: $locale
      filters: { updatedAt: { gt: $partnerships } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...PartnershipsPage
    }
    partnershipsTotal: partnerships_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    delegations: delegations_connection(
      locale: $locale
      filters: { updatedAt: { gt: $delegations } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...DelegationsPage
    }
    delegationsTotal: delegations_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    periods: cooperationPeriods_connection(
      locale: $locale
      filters: { updatedAt: { gt: $periods } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...PeriodsPage
    }
    periodsTotal: cooperationPeriods_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    localities: localities_connection(
      locale: $locale
      filters: { updatedAt: { gt: $localities } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...LocalitiesPage
    }
    localitiesTotal: localities_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    countries: countries_connection(
      locale: $locale
      filters: { updatedAt: { gt: $countries } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...CountriesPage
    }
    countriesTotal: countries_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    fields: cooperationFields_connection(
      locale: $locale
      filters: { updatedAt: { gt: $fields } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...FieldsPage
    }
    fieldsTotal: cooperationFields_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    categories: categories_connection(
      locale: $locale
      filters: { updatedAt: { gt: $categories } }
      sort: ["updatedAt:asc"]
      pagination: { page: 1, pageSize: 100 }
    ) {
      ...CategoriesPage
    }
    categoriesTotal: categories_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
    tags: tags_connection(locale: $locale, filters: { updatedAt: { gt: $tags } }, sort: ["updatedAt:asc"], pagination: { page: 1, pageSize: 100 }) {
      ...TagsPage
    }
    tagsTotal: tags_connection(locale: $locale) {
      pageInfo {
        total
      }
    }
  }
`);

/**
 * The next pages of one collection's changes, when more than 100 changed (a cold build): four pages of
 * 100 per request (the CMS's page cap stays 100; aliases fetch four of them in one round trip).
 */
export const ArticlesChanged = graphql(`
  query ArticlesChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: articles_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...ArticlesPage
    }
    p2: articles_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...ArticlesPage
    }
    p3: articles_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...ArticlesPage
    }
    p4: articles_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...ArticlesPage
    }
  }
`);
export const PartnershipsChanged = graphql(`
  query PartnershipsChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: partnerships_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...PartnershipsPage
    }
    p2: partnerships_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...PartnershipsPage
    }
    p3: partnerships_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...PartnershipsPage
    }
    p4: partnerships_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...PartnershipsPage
    }
  }
`);
export const DelegationsChanged = graphql(`
  query DelegationsChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: delegations_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...DelegationsPage
    }
    p2: delegations_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...DelegationsPage
    }
    p3: delegations_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...DelegationsPage
    }
    p4: delegations_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...DelegationsPage
    }
  }
`);
export const PeriodsChanged = graphql(`
  query PeriodsChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: cooperationPeriods_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p1, pageSize: 100 }
    ) {
      ...PeriodsPage
    }
    p2: cooperationPeriods_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p2, pageSize: 100 }
    ) {
      ...PeriodsPage
    }
    p3: cooperationPeriods_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p3, pageSize: 100 }
    ) {
      ...PeriodsPage
    }
    p4: cooperationPeriods_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p4, pageSize: 100 }
    ) {
      ...PeriodsPage
    }
  }
`);
export const LocalitiesChanged = graphql(`
  query LocalitiesChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: localities_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...LocalitiesPage
    }
    p2: localities_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...LocalitiesPage
    }
    p3: localities_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...LocalitiesPage
    }
    p4: localities_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...LocalitiesPage
    }
  }
`);
export const CountriesChanged = graphql(`
  query CountriesChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: countries_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...CountriesPage
    }
    p2: countries_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...CountriesPage
    }
    p3: countries_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...CountriesPage
    }
    p4: countries_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...CountriesPage
    }
  }
`);
export const FieldsChanged = graphql(`
  query FieldsChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: cooperationFields_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p1, pageSize: 100 }
    ) {
      ...FieldsPage
    }
    p2: cooperationFields_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p2, pageSize: 100 }
    ) {
      ...FieldsPage
    }
    p3: cooperationFields_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p3, pageSize: 100 }
    ) {
      ...FieldsPage
    }
    p4: cooperationFields_connection(
      locale: $locale
      filters: { updatedAt: { gt: $since } }
      sort: ["updatedAt:asc"]
      pagination: { page: $p4, pageSize: 100 }
    ) {
      ...FieldsPage
    }
  }
`);
export const CategoriesChanged = graphql(`
  query CategoriesChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: categories_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...CategoriesPage
    }
    p2: categories_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...CategoriesPage
    }
    p3: categories_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...CategoriesPage
    }
    p4: categories_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...CategoriesPage
    }
  }
`);
export const TagsChanged = graphql(`
  query TagsChanged($locale: I18NLocaleCode!, $since: DateTime!, $p1: Int!, $p2: Int!, $p3: Int!, $p4: Int!) {
    p1: tags_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p1, pageSize: 100 }) {
      ...TagsPage
    }
    p2: tags_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p2, pageSize: 100 }) {
      ...TagsPage
    }
    p3: tags_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p3, pageSize: 100 }) {
      ...TagsPage
    }
    p4: tags_connection(locale: $locale, filters: { updatedAt: { gt: $since } }, sort: ["updatedAt:asc"], pagination: { page: $p4, pageSize: 100 }) {
      ...TagsPage
    }
  }
`);

/**
 * Which entries exist now, one page of documentIds at a time: asked only when a collection holds fewer
 * entries than the site's store (something was unpublished or deleted).
 */
export const ExistingIds = graphql(`
  query ExistingIds(
    $locale: I18NLocaleCode!
    $page: Int!
    $articles: Boolean!
    $partnerships: Boolean!
    $delegations: Boolean!
    $periods: Boolean!
    $localities: Boolean!
    $countries: Boolean!
    $fields: Boolean!
    $categories: Boolean!
    $tags: Boolean!
  ) {
    articles: articles_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $articles) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    partnerships: partnerships_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $partnerships) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    delegations: delegations_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $delegations) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    periods: cooperationPeriods_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $periods) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    localities: localities_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $localities) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    countries: countries_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $countries) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    fields: cooperationFields_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $fields) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    categories: categories_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $categories) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
    tags: tags_connection(locale: $locale, pagination: { page: $page, pageSize: 100 }) @include(if: $tags) {
      pageInfo {
        pageCount
      }
      nodes {
        documentId
      }
    }
  }
`);

/** The next 100 of every relation list of one entry, for a list that came back full. */
export const ArticleRelationsPage = graphql(`
  query ArticleRelationsPage($documentId: ID!, $locale: I18NLocaleCode!, $start: Int!) {
    entry: article(documentId: $documentId, locale: $locale) {
      tags(pagination: { start: $start, limit: 100 }) {
        documentId
      }
      partnerships(pagination: { start: $start, limit: 100 }) {
        documentId
      }
      delegations(pagination: { start: $start, limit: 100 }) {
        documentId
      }
      relatedArticles(pagination: { start: $start, limit: 100 }) {
        documentId
      }
    }
  }
`);
export const PartnershipRelationsPage = graphql(`
  query PartnershipRelationsPage($documentId: ID!, $locale: I18NLocaleCode!, $start: Int!) {
    entry: partnership(documentId: $documentId, locale: $locale) {
      fields(pagination: { start: $start, limit: 100 }) {
        documentId
      }
    }
  }
`);
export const DelegationRelationsPage = graphql(`
  query DelegationRelationsPage($documentId: ID!, $locale: I18NLocaleCode!, $start: Int!) {
    entry: delegation(documentId: $documentId, locale: $locale) {
      fieldsDiscussed(pagination: { start: $start, limit: 100 }) {
        documentId
      }
      partnerships(pagination: { start: $start, limit: 100 }) {
        documentId
      }
    }
  }
`);
export const PeriodRelationsPage = graphql(`
  query PeriodRelationsPage($documentId: ID!, $locale: I18NLocaleCode!, $start: Int!) {
    entry: cooperationPeriod(documentId: $documentId, locale: $locale) {
      fields(pagination: { start: $start, limit: 100 }) {
        documentId
      }
      documents(pagination: { start: $start, limit: 100 }) {
        url
        name
        ext
      }
    }
  }
`);
