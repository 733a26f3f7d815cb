import { http } from './cms-http.ts';

/**
 * The content manager's view configuration over the admin API, shaped as the admin UI reads and writes
 * it ("Configure the view": @strapi/content-manager EditConfigurationPage handleSubmit).
 */
export interface ViewConfiguration {
  uid: string;
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { edit: Array<Array<{ name: string; size: number }>>; list: string[] };
}

const configurationUrl = (cmsUrl: string, uid: string) => `${cmsUrl}/content-manager/content-types/${uid}/configuration`;

export async function readViewConfiguration(cmsUrl: string, adminJwt: string, uid: string): Promise<ViewConfiguration> {
  const { status, body } = await http<{ data: { contentType: ViewConfiguration } }>(configurationUrl(cmsUrl, uid), { token: adminJwt });
  if (status !== 200) throw new Error(`GET configuration of ${uid}: ${status} ${JSON.stringify(body)}`);
  return body.data.contentType;
}

/** The body the admin UI sends: no uid, no display name, no list-side mainField (the server adds it on read). */
export function adminUiBody(configuration: ViewConfiguration): object {
  const { displayName: _displayName, ...settings } = configuration.settings;
  const metadatas = Object.fromEntries(
    Object.entries(configuration.metadatas).map(([name, { edit, list }]) => {
      const { mainField: _mainField, ...listMeta } = list;
      return [name, { edit, list: listMeta }];
    }),
  );
  return { layouts: { edit: configuration.layouts.edit, list: configuration.layouts.list }, settings, metadatas };
}

export async function saveViewConfiguration(cmsUrl: string, adminJwt: string, configuration: ViewConfiguration): Promise<ViewConfiguration> {
  const { status, body } = await http<{ data: { contentType: ViewConfiguration } }>(configurationUrl(cmsUrl, configuration.uid), {
    method: 'PUT',
    token: adminJwt,
    json: adminUiBody(configuration),
  });
  if (status !== 200) throw new Error(`PUT configuration of ${configuration.uid}: ${status} ${JSON.stringify(body)}`);
  return body.data.contentType;
}
