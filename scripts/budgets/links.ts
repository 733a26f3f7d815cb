import { LinkChecker } from 'linkinator';

export interface BrokenLink {
  url: string;
  status: number | undefined;
  from: string | undefined;
}

/** Crawls the served site from its home pages and reports internal links that do not answer 2xx. */
export async function brokenLinks(siteUrl: string): Promise<{ checked: number; broken: BrokenLink[] }> {
  const checker = new LinkChecker();
  const origin = new URL(siteUrl).origin;
  const escaped = origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const result = await checker.check({
    path: [`${origin}/`, `${origin}/en/`, `${origin}/404.html`],
    recurse: true,
    concurrency: 8,
    // Only this site's links: an external link's health is not the build's to guarantee.
    linksToSkip: [`^(?!${escaped})`],
  });
  const broken = result.links
    .filter((link) => link.state === 'BROKEN')
    .map((link) => ({ url: link.url, status: link.status, from: link.parent }));
  return { checked: result.links.filter((link) => link.state !== 'SKIPPED').length, broken };
}
