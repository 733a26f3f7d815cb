/**
 * `./pnpmw run fonts:charset`: writes shared/src/rules/drawable.ts, the characters the site's bundled
 * fonts draw on a sharing card (asked of satori itself, with the site's fonts). The content rules refuse
 * other characters in card texts; site/test/unit/og-image.test.ts fails when the file is stale (after a
 * font update).
 */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { drawableRanges, renderDrawableModule } from '../src/lib/drawable-probe.ts';

const file = fileURLToPath(new URL('../../shared/src/rules/drawable.ts', import.meta.url));
const ranges = await drawableRanges();
await writeFile(file, renderDrawableModule(ranges));
console.log(`${file}: ${ranges.length} ranges`);
