/** Where the build reads content from: CMS_URL and the read-only CMS_TOKEN (both from the environment). */
export interface CmsConfig {
  url: URL;
  token: string;
}

export function cmsConfig(env: NodeJS.ProcessEnv = process.env): CmsConfig {
  const raw = env.CMS_URL ?? 'http://127.0.0.1:1337';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`CMS_URL is not a URL: "${raw}"`);
  }
  return { url, token: env.CMS_TOKEN ?? '' };
}
