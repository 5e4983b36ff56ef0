// npm run build -- [--data DIR] [--strict] [--dist DIR]: import the data, then build the static site into dist/.
import './check-node.ts';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from '../src/pipeline/cli-args.ts';
import { importToDisk } from '../src/pipeline/import-to-disk.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const options = parseCliArgs(process.argv.slice(2), process.env, projectRoot);

// 1. Import: validate, link and write typed content.
const { failed } = await importToDisk({ ...options, projectRoot });
if (failed) process.exit(1);

// 2. Build the pages.
const { build } = await import('astro');
await build({ root: projectRoot, outDir: options.distDir, logLevel: 'warn' });
console.log(`site → ${options.distDir}`);
