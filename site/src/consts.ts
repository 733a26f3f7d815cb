export const SITE_TITLE = 'Cooperation Atlas';
