import { createReadStream, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { hostRedirects } from './host-redirects.ts';

/**
 * Serves the live static site as a CDN would. `dev: true` makes sirv look files up on every request
 * instead of indexing the folder once, so an atomic swap of the live release is seen at once. The
 * site's `_redirects` file is honoured as Netlify or Cloudflare Pages would (former addresses → 301).
 */
export async function serveStatic(options: { dir: string; port: number; host?: string }): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const files = sirv(options.dir, { dev: true, etag: true, extensions: ['html'] });
  const redirectOf = hostRedirects(options.dir);
  const server = createServer((request, response) => {
    const redirect = redirectOf(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (redirect) {
      response.writeHead(redirect.status, { Location: redirect.to }).end();
      return;
    }
    files(request, response, () => {
      const notFound = path.join(options.dir, '404.html');
      response.statusCode = 404;
      if (!existsSync(notFound)) {
        response.end('Not found');
        return;
      }
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      createReadStream(notFound).pipe(response);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    server,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
