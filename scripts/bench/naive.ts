/**
 * The approach of the common Strapi-to-static tutorials, for comparison: each page type fetches its
 * collection over REST inside getStaticPaths, a page at a time at the default page size, with
 * `populate=*`, once per locale and again for every page type that needs it. Here once per collection
 * and locale, which is the most favourable reading of it.
 */
const COLLECTIONS = ['articles', 'partnerships', 'delegations', 'cooperation-periods'];

export async function naiveSync(cmsUrl: string, token: string): Promise<{ entries: number }> {
  let entries = 0;
  for (const collection of COLLECTIONS) {
    for (const locale of ['vi', 'en']) {
      for (let page = 1; ; page += 1) {
        const response = await fetch(`${cmsUrl}/api/${collection}?locale=${locale}&populate=*&pagination[page]=${page}`, {
          headers: { Authorization: `Bearer ${token}` },
        });
        if (!response.ok) throw new Error(`${collection} page ${page}: HTTP ${response.status}`);
        const body = (await response.json()) as { data: unknown[]; meta: { pagination: { pageCount: number } } };
        entries += body.data.length;
        if (page >= body.meta.pagination.pageCount) break;
      }
    }
  }
  return { entries };
}
