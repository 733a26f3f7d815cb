// Placeholder until the OpenGraph renderer lands (being written concurrently): only the path helper.
export const ogImagePath = (locale: 'vi' | 'en', kind: 'articles' | 'partnerships', slug: string): string => `/og/${locale}/${kind}/${slug}.png`;
