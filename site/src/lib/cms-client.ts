import { ClientError, GraphQLClient, type Variables } from 'graphql-request';
import { cmsConfig, type CmsConfig } from './cms-config.ts';

/**
 * Every request to the CMS goes through here: one place that names the CMS URL in every failure, so a
 * broken build says where it tried to read from.
 */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

const TIMEOUT_MS = 30_000;

export function createCmsClient(config: CmsConfig = cmsConfig()) {
  const endpoint = new URL('/graphql', config.url).toString();
  const client = new GraphQLClient(endpoint, {
    headers: config.token ? { Authorization: `Bearer ${config.token}` } : {},
    fetch: (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) }),
  });

  return async function request<T>(document: string, variables: Variables): Promise<T> {
    try {
      return await client.request<T>(document, variables);
    } catch (error) {
      if (error instanceof ClientError) {
        const status = error.response.status;
        const messages = error.response.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`;
        throw new CmsUnavailableError(`The CMS at ${config.url.origin} answered with errors (HTTP ${status}): ${messages}`);
      }
      const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      throw new CmsUnavailableError(`The CMS at ${config.url.origin} could not be reached: ${cause}`);
    }
  };
}
