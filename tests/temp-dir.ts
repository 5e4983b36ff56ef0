// Vitest global setup: every temporary folder a test run makes (mkdtemp under os.tmpdir()) goes into
// one folder of its own, removed when the run ends, so repeated runs do not fill the disk.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'prongsai-test-run-'));
  // Read by os.tmpdir() in this process and in the workers it starts.
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
