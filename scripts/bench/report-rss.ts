/**
 * Preloaded into the measured build (`node --import`): writes the process's peak resident memory (KB)
 * to BENCH_RSS_FILE when it exits.
 */
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
