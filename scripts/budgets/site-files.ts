import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** A built page: its file, and the URL path a static host serves it at. */
export interface BuiltPage {
  file: string;
  urlPath: string;
}

/** Every HTML page of a built site. */
export async function builtPages(dist: string): Promise<BuiltPage[]> {
  const files = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  return files.map((file) => {
    const posix = file.split(path.sep).join('/');
    return { file: path.join(dist, file), urlPath: `/${posix.replace(/(^|\/)index\.html$/, '$1')}` };
  });
}

/** The search pages are the only ones allowed to ship JavaScript. */
export const isSearchPage = (urlPath: string) => /^\/(en\/)?search\/$/.test(urlPath);

/** Article pages (not the paginated lists). */
export const isArticlePage = (urlPath: string) => /^\/(en\/)?articles\/(?!page\/)[^/]+\/$/.test(urlPath);
