import type { APIRoute } from 'astro';
import { formerAddresses } from '../lib/redirects.ts';

/**
 * Files that static hosts read from the site's root: `_redirects` (Netlify, Cloudflare Pages; the local
 * server reads it too) with a 301 for every former address of an entry. Astro skips page files whose
 * name starts with `_`, so the name comes in as a parameter.
 */
export function getStaticPaths() {
  return [{ params: { hostFile: '_redirects' } }];
}

export const GET: APIRoute = async () => {
  const lines = (await formerAddresses()).map((address) => `${address.from} ${address.to} 301`);
  return new Response(`# Former addresses of entries whose slug changed (generated at build time)\n${lines.join('\n')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
