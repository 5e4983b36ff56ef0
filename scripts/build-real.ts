// npm test step: build the site from the real public files in ../shared/real into dist-real/, so the
// browser tests can check every page type on real data. Skipped, with a note, when the folder is absent.
import './check-node.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const real = process.env.PRONGSAI_REAL_DATA ?? fileURLToPath(new URL('../../shared/real/', import.meta.url));

if (!existsSync(real)) {
  console.log(`real-data build skipped: ${real} not found`);
} else {
  const run = spawnSync(process.execPath, ['scripts/build.ts', '--data', real, '--dist', 'dist-real'], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
