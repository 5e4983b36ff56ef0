// npm run docs: regenerate docs/data-format.md from the format specs and config/red-flags.schema.json
// from the zod schema of the red-flag configuration (the single sources of truth).
import './check-node.ts';
import { writeFileSync } from 'node:fs';
import { dataFormatMarkdown } from '../src/lib/formats/docs.ts';
import { flagConfigJsonSchema } from '../src/lib/flags/config.ts';

writeFileSync(new URL('../docs/data-format.md', import.meta.url), dataFormatMarkdown());
console.log('wrote docs/data-format.md');
writeFileSync(new URL('../config/red-flags.schema.json', import.meta.url), JSON.stringify(flagConfigJsonSchema(), null, 2) + '\n');
console.log('wrote config/red-flags.schema.json');
