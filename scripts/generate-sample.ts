// Writes synthetic LAO data: the committed sample (data/sample/) or national / province-scale
// datasets for load tests. All logic is in src/lib/sample/; see USAGE there.
import { fileURLToPath } from 'node:url';
import { USAGE, parseSampleCommand } from '../src/lib/sample/cli-options.ts';
import { runSampleCommand } from '../src/lib/sample/run-command.ts';

const defaultDir = fileURLToPath(new URL('../data/sample/', import.meta.url));

try {
  const command = parseSampleCommand(process.argv.slice(2));
  if (command === 'help') {
    console.log(USAGE);
  } else {
    const started = performance.now();
    const stats = runSampleCommand(command, defaultDir, (line) => console.log(line));
    const bytes = stats.reduce((sum, s) => sum + s.bytes, 0);
    console.log(`done: ${stats.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error(USAGE);
  process.exit(1);
}
