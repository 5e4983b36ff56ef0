// npm run merge-shards -- --out dist shard-1/dist shard-2/dist …
// Merges the sites of shard builds (each built with PRONGSAI_SHARD_PROVINCES, from the same import)
// into one site with one search: every shard's pages are copied in, and their /pagefind/ folders are
// merged. Pages every shard renders (home, lists, vendors) are the same in each, since all shards read
// the same import; a file that differs between shards is reported. The shards' data folders (<dist>-data,
// built with PRONGSAI_DATA_URL) merge the same way, into the folder to publish at that address.
import './check-node.ts';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { mergeSearchDirs } from '../src/pipeline/merge-search.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out || positionals.length < 1) {
  console.error('usage: npm run merge-shards -- --out DIR SHARD_DIST … / ต้องระบุโฟลเดอร์ผลลัพธ์และโฟลเดอร์ของชิ้นอย่างน้อยหนึ่งชิ้น');
  process.exit(2);
}
const out = values.out;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
let differing = 0;
for (const shard of positionals) {
  for (const entry of readdirSync(shard, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const rel = relative(shard, file);
    if (rel.startsWith('pagefind/')) continue;
    const target = join(out, rel);
    if (existsSync(target) && !readFileSync(target).equals(readFileSync(file))) {
      differing++;
      if (differing <= 10) console.warn(`differs between shards (the last one is kept): ${rel}`);
    }
    cpSync(file, target);
  }
}
const searchDirs = positionals.map((s) => join(s, 'pagefind')).filter((dir) => existsSync(dir));
const { areas } = searchDirs.length ? mergeSearchDirs(searchDirs, join(out, 'pagefind')) : { areas: 0 };
console.log(`merged ${positionals.length} shards into ${out}: ${areas} search areas${differing ? `, ${differing} files differed between shards` : ''}`);
