/**
 * The GraphQL documents the site reads the CMS with. Every list of related entries asks for an
 * explicit limit, because Strapi applies its default page size (25) to nested lists too.
 */
const RELATED = '(pagination: { limit: 100 })';

const MEDIA = 'url width height alternativeText';
const PERSON = 'name office';
const LOCALITY = `documentId name slug level latitude longitude country { documentId name isoCode }`;

export const ARTICLES_PAGE = /* GraphQL */ `
  query ArticlesPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
    articles_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }, sort: ["publicationDate:desc"]) {
      pageInfo { page pageCount total }
      nodes {
        documentId locale title slug lead publicationDate updatedAt author compiled source
        cover { ${MEDIA} } coverAlt coverCaption coverCredit
        body {
          __typename
          ... on ComponentContentRichText { body }
          ... on ComponentContentFigure { alt caption credit image { ${MEDIA} } }
        }
        category { documentId name slug }
        tags${RELATED} { documentId name slug }
        partnerships${RELATED} { documentId title slug }
        delegations${RELATED} { documentId title slug startDate }
        relatedArticles${RELATED} { documentId title slug publicationDate }
      }
    }
  }
`;

export const PARTNERSHIPS_PAGE = /* GraphQL */ `
  query PartnershipsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
    partnerships_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }, sort: ["title:asc"]) {
      pageInfo { page pageCount total }
      nodes {
        documentId locale title slug type level relationStatus establishedYear establishedDate summary body updatedAt
        signatories { ${PERSON} }
        localSide { ${LOCALITY} }
        partnerLocality { ${LOCALITY} }
        fields${RELATED} { documentId name slug }
        periods${RELATED} { documentId name slug instrument startDate endDate }
        delegations${RELATED} { documentId title slug startDate endDate direction }
        articles${RELATED} { documentId title slug publicationDate }
      }
    }
  }
`;

export const DELEGATIONS_PAGE = /* GraphQL */ `
  query DelegationsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
    delegations_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }, sort: ["startDate:desc"]) {
      pageInfo { page pageCount total }
      nodes {
        documentId locale title slug direction startDate endDate places purpose outcomes updatedAt
        leader { ${PERSON} }
        members { ${PERSON} }
        host { ${PERSON} }
        fieldsDiscussed${RELATED} { documentId name slug }
        partnerships${RELATED} { documentId title slug }
        articles${RELATED} { documentId title slug publicationDate }
      }
    }
  }
`;

export const PERIODS_PAGE = /* GraphQL */ `
  query PeriodsPage($locale: I18NLocaleCode!, $page: Int!, $pageSize: Int!) {
    cooperationPeriods_connection(locale: $locale, pagination: { page: $page, pageSize: $pageSize }, sort: ["startDate:asc"]) {
      pageInfo { page pageCount total }
      nodes {
        documentId locale name slug instrument startDate endDate signedDate signedPlace summary updatedAt
        partnership { documentId title slug }
        fields${RELATED} { documentId name slug }
        actionItems { description progress field { documentId name slug } }
        documents${RELATED} { url name ext }
      }
    }
  }
`;

/** A cheap request the build makes first: is the CMS up, does the token work, is there anything to publish? */
export const CONTENT_TOTALS = /* GraphQL */ `
  query ContentTotals($locale: I18NLocaleCode!) {
    articles_connection(locale: $locale) { pageInfo { total } }
    partnerships_connection(locale: $locale) { pageInfo { total } }
  }
`;
