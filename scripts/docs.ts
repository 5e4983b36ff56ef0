// npm run docs: regenerate docs/data-format.md from the format specs (the single source of truth).
import './check-node.ts';
import { writeFileSync } from 'node:fs';
import { dataFormatMarkdown } from '../src/lib/formats/docs.ts';

writeFileSync(new URL('../docs/data-format.md', import.meta.url), dataFormatMarkdown());
console.log('wrote docs/data-format.md');
