import type { CmsUnderTest } from './cms-under-test.ts';

/** Small HTTP helpers over the real CMS: the admin API (as the admin UI uses it), REST and GraphQL. */
export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
}

export async function http<T = unknown>(url: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<JsonResponse<T>> {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('Authorization', `Bearer ${init.token}`);
  if (init.json !== undefined) headers.set('Content-Type', 'application/json');
  const response = await fetch(url, { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
}

/**
 * Logs into the admin API. The global setup does it once for all files: Strapi allows five logins per
 * address and e-mail in five minutes, and the browser test needs one of its own.
 */
export async function loginAsAdmin(url: string, email: string, password: string): Promise<string> {
  const { status, body } = await http<{ data: { token: string } }>(`${url}/admin/login`, { method: 'POST', json: { email, password } });
  if (status !== 200) throw new Error(`admin login failed: ${status} ${JSON.stringify(body)}`);
  return body.data.token;
}

export async function adminLogin(cms: CmsUnderTest): Promise<string> {
  return cms.adminJwt;
}

export async function createFullAccessToken(cms: CmsUnderTest, adminJwt: string, name: string): Promise<string> {
  const { status, body } = await http<{ data: { accessKey: string } }>(`${cms.url}/admin/api-tokens`, {
    method: 'POST',
    token: adminJwt,
    json: { name, description: 'integration tests', type: 'full-access', lifespan: null },
  });
  if (status !== 201 && status !== 200) throw new Error(`token creation failed: ${status} ${JSON.stringify(body)}`);
  return body.data.accessKey;
}

export interface GraphQLAnswer<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function graphql<T>(
  cms: CmsUnderTest,
  query: string,
  variables: Record<string, unknown> = {},
  token: string | null = cms.buildToken,
): Promise<GraphQLAnswer<T>> {
  const { status, body } = await http<{ data?: T; errors?: GraphQLAnswer<T>['errors'] }>(`${cms.url}/graphql`, {
    method: 'POST',
    token: token ?? undefined,
    json: { query, variables },
  });
  return { status, data: body?.data, errors: body?.errors };
}
