import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The `_redirects` file of a built site (Netlify / Cloudflare Pages format: `from to [status]` per
 * line, `#` comments), read the way those hosts do, so the local server answers former addresses with
 * a real redirect. Re-read only when the live release changes (another file behind the same path).
 */
export interface HostRedirect {
  to: string;
  status: number;
}

export function hostRedirects(dir: string): (pathname: string) => HostRedirect | undefined {
  let seen = '';
  let table = new Map<string, HostRedirect>();
  return (pathname) => {
    const file = path.join(dir, '_redirects');
    let stamp: string;
    try {
      const info = statSync(file);
      stamp = `${info.ino}:${info.mtimeMs}`;
    } catch {
      return undefined;
    }
    if (stamp !== seen) {
      table = parse(readFileSync(file, 'utf8'));
      seen = stamp;
    }
    return table.get(pathname) ?? table.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
  };
}

function parse(text: string): Map<string, HostRedirect> {
  const table = new Map<string, HostRedirect>();
  for (const line of text.split('\n')) {
    const [from, to, status] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (from && to) table.set(from, { to, status: Number(status ?? 301) || 301 });
  }
  return table;
}
