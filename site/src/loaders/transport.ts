import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ClientError, GraphQLClient } from 'graphql-request';
import pLimit from 'p-limit';
import type { CmsConfig } from '../lib/cms-config.ts';

/**
 * Every request of a build goes through one transport: a timeout per request, bounded retries with
 * exponential backoff for what may pass (network errors, timeouts, 429 and 5xx), a cap on concurrent
 * requests so a cold build does not flood the CMS, and a count of what was sent. Each failure names the
 * CMS URL, so a broken build says where it tried to read from.
 */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

export interface TransportOptions {
  timeoutMs?: number;
  retries?: number;
  retryBaseMs?: number;
  concurrency?: number;
}

export interface CmsTransport {
  request<Result, Variables extends Record<string, unknown>>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;
  /** Requests sent so far, retries included. */
  readonly sent: number;
  readonly origin: string;
}

const transient = (status: number) => status === 429 || status >= 500;

export function createTransport(config: CmsConfig, options: TransportOptions = {}): CmsTransport {
  const { timeoutMs = 30_000, retries = 3, retryBaseMs = 500, concurrency = 4 } = options;
  const origin = config.url.origin;
  const client = new GraphQLClient(new URL('/graphql', config.url).toString(), {
    headers: config.token ? { Authorization: `Bearer ${config.token}` } : {},
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) }),
  });
  const limit = pLimit(concurrency);
  let sent = 0;

  async function once<Result, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Result, Variables>,
    variables: Variables,
  ): Promise<Result> {
    for (let attempt = 0; ; attempt += 1) {
      sent += 1;
      try {
        // graphql-request's overloads cannot see that Variables is exactly the document's own.
        return await client.request<Result, Record<string, unknown>>(document, variables);
      } catch (error) {
        const status = error instanceof ClientError ? error.response.status : null;
        const retryable = status === null || transient(status);
        if (!retryable || attempt >= retries) throw describe(error, origin, attempt + 1);
        await new Promise((resolve) => setTimeout(resolve, retryBaseMs * 2 ** attempt * (0.75 + Math.random() / 2)));
      }
    }
  }

  return {
    request: (document, variables) => limit(() => once(document, variables)),
    get sent() {
      return sent;
    },
    origin,
  };
}

function describe(error: unknown, origin: string, attempts: number): CmsUnavailableError {
  const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
  if (error instanceof ClientError) {
    const status = error.response.status;
    const messages = error.response.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`;
    return new CmsUnavailableError(`The CMS at ${origin} answered with errors (HTTP ${status})${tries}: ${messages}`);
  }
  const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
  return new CmsUnavailableError(`The CMS at ${origin} could not be reached${tries}: ${cause}`);
}
