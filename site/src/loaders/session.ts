import { cmsConfig } from '../lib/cms-config.ts';
import { ChangeCoordinator } from './coordinator.ts';
import { createTransport, type CmsTransport } from './transport.ts';

/** One transport and one change coordinator per build process, shared by all the content loaders. */
export interface SyncSession {
  transport: CmsTransport;
  coordinator: ChangeCoordinator;
}

let session: SyncSession | null = null;

export function syncSession(): SyncSession {
  if (!session) {
    const transport = createTransport(cmsConfig());
    session = { transport, coordinator: new ChangeCoordinator(transport) };
  }
  return session;
}
