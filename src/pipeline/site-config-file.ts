// Finds, reads and checks prongsai.config.yaml, and puts its settings in the environment the build reads.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { formatConfigProblems, parseSiteConfig, type ConfigProblem } from '../lib/config/parse-config.ts';
import { configEnv } from '../lib/config/settings.ts';
import type { SiteConfig } from '../lib/config/site-config.ts';

export const CONFIG_FILE_NAME = 'prongsai.config.yaml';

/** A configuration that cannot be used; the message lists every problem, located, in Thai and English. */
export class SiteConfigError extends Error {}

export interface LoadedConfig {
  file: string;
  config: SiteConfig;
}

/** The `--config FILE` option, wherever it is in the arguments. */
export function configArg(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--config') return argv[i + 1];
    if (argv[i]!.startsWith('--config=')) return argv[i]!.slice('--config='.length);
  }
  return undefined;
}

/**
 * The configuration: --config FILE, else $PRONGSAI_CONFIG, else prongsai.config.yaml in the project.
 * Without a file the site is built with the defaults (null); a file named but missing is an error.
 */
export function loadSiteConfig(projectRoot: string, env: NodeJS.ProcessEnv, argv: readonly string[] = []): LoadedConfig | null {
  const named = configArg(argv) ?? env.PRONGSAI_CONFIG;
  const file = resolve(named ?? join(projectRoot, CONFIG_FILE_NAME));
  if (!existsSync(file)) {
    if (!named) return null;
    throw new SiteConfigError(`ไม่พบไฟล์ตั้งค่า ${file} ตรวจชื่อและที่อยู่ของไฟล์ / The configuration file ${file} does not exist; check its name and folder`);
  }
  const shown = relative(process.cwd(), file) || file;
  const result = parseSiteConfig(readFileSync(file, 'utf8'));
  if (!result.ok) throw new SiteConfigError(formatConfigProblems(shown, result.problems));
  const missing = missingFiles(result.config, dirname(file));
  if (missing.length) throw new SiteConfigError(formatConfigProblems(shown, missing));
  return { file, config: result.config };
}

/** Files and folders the configuration names that are not there. */
function missingFiles(config: SiteConfig, dir: string): ConfigProblem[] {
  const named: [string, string | undefined, string][] = [
    ['data', config.data, 'โฟลเดอร์ข้อมูล / data folder'],
    ['logo', config.logo, 'ไฟล์ตราสัญลักษณ์ / logo file'],
    ['redFlags.file', config.redFlags?.file, 'ไฟล์เกณฑ์สัญญาณเตือน / red-flag file'],
  ];
  return named
    .filter(([, path]) => path !== undefined && !existsSync(resolve(dir, path)))
    .map(([setting, path, what]) => ({
      line: null, setting,
      th: `ไม่พบ${what.split(' / ')[0]} "${path}" (ที่อยู่นับจากโฟลเดอร์ของไฟล์ตั้งค่า) ตรวจชื่อไฟล์ หรืออัปโหลดไฟล์ให้ครบ`,
      en: `The ${what.split(' / ')[1]} "${path}" is not there (paths are relative to the configuration's folder); check the name or upload it`,
    }));
}

/**
 * Loads the configuration and sets the environment from it (settings already in the environment are
 * kept). Stops the process with the problems listed when the file is not valid.
 */
export function applySiteConfig(projectRoot: string, env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv.slice(2)): LoadedConfig | null {
  let loaded: LoadedConfig | null;
  try {
    loaded = loadSiteConfig(projectRoot, env, argv);
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    console.error(error.message);
    process.exit(2);
  }
  if (loaded) {
    Object.assign(env, configEnv(loaded.config, dirname(loaded.file), env));
    // Astro's config applies it again: the same file, whichever way this process was given it.
    env.PRONGSAI_CONFIG = loaded.file;
  }
  return loaded;
}
