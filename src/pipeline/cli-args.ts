import { resolve } from 'node:path';

/** Options shared by `npm run build` and `npm run import`. */
export interface CliOptions {
  /** Input folder: --data DIR, else $PRONGSAI_DATA, else data/. */
  dataDir: string;
  /** Exit non-zero when any error is found (CI). */
  strict: boolean;
  /** Output folder of the import (content collections and per-LAO data). */
  outDir: string;
  /** Folder the site is built into (`npm run build` only): --dist DIR, else dist/. */
  distDir: string;
  /** Build from the import already in the output folder (`npm run build -- --no-import`: shard jobs of one import). */
  reuseImport: boolean;
  /** Make every page and file again rather than reusing unchanged ones from the build cache (`--full`). */
  full: boolean;
}

/** Reads `--data DIR` / `--data=DIR`, `--config FILE` (skipped: see site-config-file.ts), `--strict`, `--out DIR`, `--dist DIR`, `--no-import` and `--full`. */
export function parseCliArgs(argv: readonly string[], env: NodeJS.ProcessEnv, projectRoot: string): CliOptions {
  let data: string | undefined;
  let out: string | undefined;
  let dist: string | undefined;
  let strict = false;
  let reuseImport = false;
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--strict') strict = true;
    else if (arg === '--no-import') reuseImport = true;
    else if (arg === '--full') full = true;
    else if (arg === '--data') data = argv[++i];
    else if (arg.startsWith('--data=')) data = arg.slice('--data='.length);
    else if (arg === '--out') out = argv[++i];
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    // Read before the other options (site-config-file.ts): the configuration may name the data folder.
    else if (arg === '--config') i++;
    else if (arg.startsWith('--config=')) continue;
    else if (arg === '--dist') dist = argv[++i];
    else if (arg.startsWith('--dist=')) dist = arg.slice('--dist='.length);
    else throw new Error(`Unknown option ${arg}. Use --data DIR, --config FILE, --strict, --out DIR, --dist DIR, --no-import, --full. / ไม่รู้จักตัวเลือก ${arg}`);
  }
  const expandHome = (p: string) => (p.startsWith('~/') && env.HOME ? resolve(env.HOME, p.slice(2)) : p);
  return {
    dataDir: resolve(expandHome(data ?? env.PRONGSAI_DATA ?? resolve(projectRoot, 'data'))),
    strict,
    outDir: resolve(out ?? resolve(projectRoot, 'content/generated')),
    distDir: resolve(dist ?? resolve(projectRoot, 'dist')),
    reuseImport,
    full,
  };
}
