import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, for a server started a moment later (Strapi takes its port
 * from the environment). Chosen below Linux's ephemeral range (32768–60999): a port the OS handed out
 * for listening would be free again once probed, and the next outgoing connection — a build makes
 * hundreds — could take it before the server binds.
 */
const LOWEST = 20_000;
const HIGHEST = 32_767;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port found between ${LOWEST} and ${HIGHEST}`);
}
