import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A transparent HTTP proxy in front of the CMS that records each GraphQL request's operation name, so a
 * test can count what a site build really sent over the wire.
 */
export interface CountingProxy {
  url: string;
  /** Operation names of the GraphQL requests since the last reset, in order. */
  operations: string[];
  /** Every data request (GraphQL and REST, not media) since the last reset. */
  dataRequests(): number;
  reset(): void;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  const operations: string[] = [];
  let data = 0;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (incoming.url?.startsWith('/graphql') || incoming.url?.startsWith('/api/')) data += 1;
      if (incoming.method === 'POST' && incoming.url?.startsWith('/graphql')) {
        try {
          const parsed = JSON.parse(body.toString('utf8')) as { operationName?: string; query?: string };
          operations.push(parsed.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(parsed.query ?? '')?.[1] ?? '(anonymous)');
        } catch {
          operations.push('(unparsable)');
        }
      }
      const proxied = forward(
        { host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers: { ...incoming.headers, host: upstream.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      proxied.on('error', (error) => {
        outgoing.statusCode = 502;
        outgoing.end(error.message);
      });
      proxied.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    operations,
    dataRequests: () => data,
    reset: () => {
      operations.splice(0);
      data = 0;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
