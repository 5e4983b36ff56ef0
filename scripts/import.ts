// npm run import -- [--data DIR] [--strict] [--out DIR]: validate and import a data folder.
import './check-node.ts';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from '../src/pipeline/cli-args.ts';
import { applySiteConfig } from '../src/pipeline/site-config-file.ts';
import { importToDisk } from '../src/pipeline/import-to-disk.ts';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
applySiteConfig(projectRoot);
const options = parseCliArgs(process.argv.slice(2), process.env, projectRoot);
const { failed } = await importToDisk({ ...options, projectRoot });
process.exit(failed ? 1 : 0);
