/**
 * `node scripts/build-shared.ts`: compiles shared/ to shared/dist/ when its sources changed since the last
 * build (scripts/lib/shared.ts). Run on install (`prepare`) and before the type check, which reads the
 * declarations in shared/dist/; the commands that run code call ensureSharedBuilt themselves.
 */
import { ensureSharedBuilt } from './lib/shared.ts';

await ensureSharedBuilt((line) => console.error(`[shared] ${line}`));
