export const SITE_TITLE = 'Cooperation Atlas';

/** Articles per page of the news list (/articles/, /articles/page/2/…). */
export const ARTICLES_PER_PAGE = 12;
