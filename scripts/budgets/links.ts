import { LinkChecker, LinkState } from 'linkinator';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  from: string | undefined;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * linkinator over the served site, starting from every built page (so that a page no other page links
 * to is checked too) and following its links (href, src, srcset, meta content…) and their #fragments.
 * Only this site's links are checked: an external link's health is not the build's to guarantee.
 * Absolute links to the origin the site was built for (canonical, hreflang, og:image) are checked
 * against the served copy.
 */
export async function brokenLinks(servedUrl: string, urlPaths: string[], builtFor?: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const served = new URL(servedUrl).origin;
  const built = builtFor ? new URL(builtFor).origin : served;
  const result = await new LinkChecker().check({
    path: urlPaths.map((urlPath) => `${served}${urlPath}`),
    recurse: true,
    // A link to a part of a page (the skip link's #main, a year's #y2024) must find its id there.
    checkFragments: true,
    concurrency: 8,
    timeout: 30_000,
    urlRewriteExpressions: built === served ? [] : [{ pattern: new RegExp(`^${escape(built)}(?=/|$)`), replacement: served }],
    // Tested before the rewrite: links to either origin are this site's.
    linksToSkip: async (link) => ![served, built].some((origin) => link === origin || link.startsWith(`${origin}/`)),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => ({ url: link.url, status: link.status, from: link.parent }));
  return { checked: result.links.filter((link) => link.state !== LinkState.SKIPPED).length, broken };
}
