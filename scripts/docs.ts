// npm run docs: regenerate docs/data-format.md from the format specs, config/red-flags.schema.json from
// the zod schema of the red-flag configuration, and docs/configuration.md and
// docs/prongsai.config.schema.json from the site configuration's (the single sources of truth), and the
// publishing guide's section of README.md from docs/guide.th.md and docs/guide.en.md.
import './check-node.ts';
import { readFileSync, writeFileSync } from 'node:fs';
import { configurationMarkdown } from '../src/lib/config/docs.ts';
import { siteConfigJsonSchema } from '../src/lib/config/site-config.ts';
import { dataFormatMarkdown } from '../src/lib/formats/docs.ts';
import { flagConfigJsonSchema } from '../src/lib/flags/config.ts';
import { fillReadmeGuide, guideReadmeSection } from '../src/lib/site/guide-readme.ts';

writeFileSync(new URL('../docs/data-format.md', import.meta.url), dataFormatMarkdown());
console.log('wrote docs/data-format.md');
writeFileSync(new URL('../config/red-flags.schema.json', import.meta.url), JSON.stringify(flagConfigJsonSchema(), null, 2) + '\n');
console.log('wrote config/red-flags.schema.json');
writeFileSync(new URL('../docs/configuration.md', import.meta.url), configurationMarkdown());
console.log('wrote docs/configuration.md');
writeFileSync(new URL('../docs/prongsai.config.schema.json', import.meta.url), JSON.stringify(siteConfigJsonSchema(), null, 2) + '\n');
console.log('wrote docs/prongsai.config.schema.json');
const readme = new URL('../README.md', import.meta.url);
writeFileSync(readme, fillReadmeGuide(readFileSync(readme, 'utf8'), guideReadmeSection()));
console.log('wrote the guide into README.md');
