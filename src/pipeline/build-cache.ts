// A content-addressed cache of build results, for incremental builds: an entry is a folder of files
// stored under the digest of everything that made them, so a later build with the same inputs copies
// (hard-links) them instead of making them again. Entries are written into a temporary folder and
// renamed into place, so an interrupted build never leaves half an entry; entries a build did not
// use are pruned at its end, so the cache holds one build's worth.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The cache folder: PRONGSAI_CACHE_DIR, else .cache/ in the project. Null when PRONGSAI_INCREMENTAL=0. */
export function cacheRoot(projectRoot: string, env: Record<string, string | undefined>): string | null {
  if (env.PRONGSAI_INCREMENTAL === '0') return null;
  return env.PRONGSAI_CACHE_DIR || join(projectRoot, '.cache');
}

/** SHA-256 of the JSON of the parts: the key of a cache entry. */
export function digestOf(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

/**
 * The digest of the code that turns the import's output into files, and the locked dependency
 * versions: a change to either makes every entry stale.
 */
export function codeDigest(projectRoot: string): string {
  const hash = createHash('sha256');
  const add = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) add(path);
      else if (entry.isFile()) hash.update(relative(projectRoot, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  for (const dir of ['src/lib', 'src/pipeline', 'src/integrations', 'src/i18n', 'content/explainers']) add(join(projectRoot, dir));
  const lock = join(projectRoot, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}

/**
 * Links a file, or copies it where links cannot be made (another file system). Hundreds of thousands
 * of files go through here at scale, so the common case is one system call: folders are made, and an
 * existing file replaced, only when the link fails for that reason.
 */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') mkdirSync(dirname(to), { recursive: true });
    else if (code === 'EEXIST') rmSync(to, { force: true });
    else return cpSync(from, to);
    try {
      linkSync(from, to);
    } catch {
      cpSync(from, to);
    }
  }
}

/** Every file under a folder, relative to it. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

export class BuildCache {
  readonly dir: string;
  readonly #used = new Set<string>();
  hits = 0;
  misses = 0;

  /** A cache of one kind of result (a namespace under the cache folder). */
  constructor(root: string, namespace: string) {
    this.dir = join(root, 'prongsai', namespace);
    mkdirSync(this.dir, { recursive: true });
  }

  /** The folder of the entry with this key, or null; a found entry is kept by prune(). */
  lookup(key: string): string | null {
    const path = join(this.dir, key);
    if (!existsSync(path)) {
      this.misses++;
      return null;
    }
    this.#used.add(key);
    this.hits++;
    return path;
  }

  /** Stores an entry: `write` fills a fresh folder, which then becomes the entry. Returns its folder. */
  store(key: string, write: (dir: string) => void): string {
    const dir = this.#stage(key);
    try {
      write(dir);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return this.#commit(key, dir);
  }

  /** store() for a `write` that works asynchronously. */
  async storeAsync(key: string, write: (dir: string) => Promise<void>): Promise<string> {
    const dir = this.#stage(key);
    try {
      await write(dir);
    } catch (error) {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return this.#commit(key, dir);
  }

  /** A fresh folder beside the entry's place, to fill before it becomes the entry. */
  #stage(key: string): string {
    const dir = `${join(this.dir, key)}.tmp-${process.pid}`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  #commit(key: string, dir: string): string {
    const path = join(this.dir, key);
    rmSync(path, { recursive: true, force: true });
    renameSync(dir, path);
    this.#used.add(key);
    return path;
  }

  /** Removes the entries this build neither found nor stored. */
  prune(): void {
    for (const name of readdirSync(this.dir)) if (!this.#used.has(name)) rmSync(join(this.dir, name), { recursive: true, force: true });
  }
}
