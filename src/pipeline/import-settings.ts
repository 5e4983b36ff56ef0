// What the import takes from the configuration (put in the environment by site-config-file.ts): the
// red-flag thresholds, with the site's own values over them, and the LAOs in scope.
import { SiteConfigSchema } from '../lib/config/site-config.ts';
import type { Scope } from '../lib/config/scope.ts';
import { withThresholds } from '../lib/flags/config.ts';
import type { FlagConfig } from '../lib/schema/flags.ts';
import { flagConfigPath, loadFlagConfig } from './flag-config.ts';

export interface ImportSettings {
  flagConfig: FlagConfig;
  scope?: Scope;
}

export function importSettings(projectRoot: string, env: NodeJS.ProcessEnv = process.env): ImportSettings {
  const fields = SiteConfigSchema.shape;
  const base = loadFlagConfig(flagConfigPath(projectRoot, env));
  const overrides = env.PRONGSAI_FLAG_THRESHOLDS ? fields.redFlags.unwrap().shape.thresholds.unwrap().parse(JSON.parse(env.PRONGSAI_FLAG_THRESHOLDS)) : undefined;
  const scope = env.PRONGSAI_SCOPE ? fields.scope.unwrap().parse(JSON.parse(env.PRONGSAI_SCOPE)) : undefined;
  return { flagConfig: overrides ? withThresholds(base, overrides) : base, ...(scope ? { scope } : {}) };
}
