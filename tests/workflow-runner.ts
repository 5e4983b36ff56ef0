// Runs the starter's CI definitions (starter/.github/workflows/publish.yml, starter/.gitlab-ci.yml) on
// this machine, step by step as the CI would, so that a test can try them as a new LAO would. What
// cannot happen offline is stood in for, and only that:
// - a checkout of the LAO's own repository: the workspace already is it;
// - the checkout (or git clone) of Prongsai: a copy of this project's files (tracked and new), with
//   its installed node_modules linked in, which is also what `npm ci` is replaced by;
// - configure-pages: gives the Pages address the test names; upload-pages-artifact: the folder is
//   checked to hold a site; cache and setup-node: nothing.
// Every `run:` / `script:` line is run by bash as written, in its working directory, with the
// workflow's, job's and step's environment. An action the runner does not know fails the run, so a
// change to the templates cannot slip past it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export interface WorkflowRun {
  /** Each step as it ran: its name and its output. */
  steps: { name: string; output: string }[];
  /** The folder the site was published from (upload-pages-artifact's path, or GitLab's public/). */
  published: string | null;
}

export interface RunOptions {
  /** The LAO's repository: the CSV files, the configuration and the CI definition. */
  workspace: string;
  /** This project, which stands in for the Prongsai the CI would fetch. */
  projectRoot: string;
  /** The address GitHub or GitLab Pages would give the site: https://example.github.io/my-lao */
  pagesUrl: string;
  /** Environment of the machine (PATH, HOME). */
  env: NodeJS.ProcessEnv;
}

export class StepFailed extends Error {
  readonly step: string;
  readonly output: string;

  constructor(step: string, output: string) {
    super(`step "${step}" failed:\n${output.slice(-4000)}`);
    this.step = step;
    this.output = output;
  }
}

interface GithubStep {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
  'working-directory'?: string;
}

/** Copies this project's files (tracked, and new but not ignored) and links its installed packages. */
export function materialiseProngsai(projectRoot: string, dest: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: projectRoot, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(projectRoot, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(join(projectRoot, file), join(dest, file));
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dest, 'node_modules'), 'dir');
}

function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): { ok: boolean; output: string } {
  // Vitest's BASE_URL would override the site's base path in Vite (see scripts/build.ts).
  const { BASE_URL: _runner, ...clean } = env;
  const result = spawnSync('bash', ['-eo', 'pipefail', '-c', script], { cwd, env: clean, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

/** `npm ci` is the one command an offline run cannot do: the copy's packages are linked instead. */
const INSTALL = /^npm ci\b.*$/m;

/** Runs the build job of the GitHub Actions workflow; the deploy job is GitHub's own. */
export function runGithubWorkflow(file: string, options: RunOptions): WorkflowRun {
  const workflow = parse(readFileSync(file, 'utf8')) as { env?: Record<string, string>; jobs: Record<string, { steps: GithubStep[]; env?: Record<string, string> }> };
  const job = workflow.jobs.build;
  if (!job) throw new Error(`${file} has no build job`);
  const context: Record<string, string> = { 'github.workspace': options.workspace, 'github.run_id': '1' };
  const expand = (text: string) => text.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g, (_, name: string) => {
    const value = context[name];
    if (value === undefined) throw new Error(`${file}: the runner does not know \${{ ${name} }}`);
    return value;
  });
  const envOf = (vars: Record<string, string> | undefined) => Object.fromEntries(Object.entries(vars ?? {}).map(([k, v]) => [k, expand(String(v))]));
  const workflowEnv = envOf(workflow.env);
  for (const [k, v] of Object.entries(workflowEnv)) context[`env.${k}`] = v;
  const jobEnv = envOf(job.env);
  const run: WorkflowRun = { steps: [], published: null };

  for (const step of job.steps) {
    const name = step.name ?? step.uses ?? step.run ?? '?';
    const inputs = envOf(step.with);
    const action = step.uses?.replace(/@.*$/, '');
    let output = '';
    if (action === 'actions/checkout') {
      if (inputs.repository) materialiseProngsai(options.projectRoot, join(options.workspace, inputs.path ?? '.'));
      else if (!existsSync(join(options.workspace, 'prongsai.config.yaml'))) throw new StepFailed(name, 'the workspace has no prongsai.config.yaml');
    } else if (action === 'actions/configure-pages') {
      context[`steps.${step.id}.outputs.base_url`] = options.pagesUrl;
    } else if (action === 'actions/upload-pages-artifact') {
      run.published = join(options.workspace, inputs.path ?? '_site');
      if (!existsSync(join(run.published, 'index.html'))) throw new StepFailed(name, `${run.published} has no index.html`);
    } else if (action === 'actions/cache' || action === 'actions/setup-node') {
      // Nothing to restore on a first run; the machine's Node runs npm.
    } else if (step.uses) {
      throw new Error(`${file}: the runner does not know the action ${step.uses}`);
    } else if (step.run) {
      const script = expand(step.run).replace(INSTALL, 'test -e node_modules/.bin/astro');
      const env = { ...options.env, ...workflowEnv, ...jobEnv, ...envOf(step.env), GITHUB_WORKSPACE: options.workspace, CI: 'true' };
      const result = bash(script, join(options.workspace, step['working-directory'] ?? '.'), env);
      output = result.output;
      if (!result.ok) throw new StepFailed(name, output);
    }
    run.steps.push({ name, output });
  }
  return run;
}

/** Runs the GitLab CI pipeline's jobs in stage order, each with a fresh copy of Prongsai, as GitLab's runners would. */
export function runGitlabPipeline(file: string, options: RunOptions): WorkflowRun {
  const pipeline = parse(readFileSync(file, 'utf8')) as Record<string, unknown> & {
    variables?: Record<string, string>;
    stages: string[];
    default?: { before_script?: string[] };
  };
  const gitlabVars: Record<string, string> = { CI_PROJECT_DIR: options.workspace, CI_PAGES_URL: options.pagesUrl, CI_COMMIT_BRANCH: 'main', CI_DEFAULT_BRANCH: 'main' };
  const expand = (text: string) => text.replace(/\$(\w+)/g, (whole, name: string) => gitlabVars[name] ?? whole);
  const variables = Object.fromEntries(Object.entries(pipeline.variables ?? {}).map(([k, v]) => [k, expand(String(v))]));
  const jobs = Object.entries(pipeline).filter((entry): entry is [string, { stage: string; script: string[] }] =>
    typeof entry[1] === 'object' && entry[1] !== null && 'script' in entry[1]);
  const run: WorkflowRun = { steps: [], published: null };
  for (const stage of pipeline.stages) {
    for (const [name, job] of jobs.filter(([, j]) => j.stage === stage)) {
      // Each job starts from the repository alone; the clone of Prongsai is a copy of this project.
      rmSync(join(options.workspace, '.prongsai'), { recursive: true, force: true });
      const before = pipeline.default?.before_script ?? [];
      if (!before.some((line) => /^git clone\b.*\.prongsai$/.test(line))) throw new Error(`${file}: before_script does not clone Prongsai into .prongsai`);
      materialiseProngsai(options.projectRoot, join(options.workspace, '.prongsai'));
      const script = [...before.filter((line) => !/^git clone\b/.test(line)), ...job.script].join('\n').replace(INSTALL, 'test -e node_modules/.bin/astro');
      const result = bash(script, options.workspace, { ...options.env, ...gitlabVars, ...variables, CI: 'true' });
      if (!result.ok) throw new StepFailed(name, result.output);
      run.steps.push({ name, output: result.output });
      if (name === 'pages') {
        run.published = join(options.workspace, 'public');
        if (!existsSync(join(run.published, 'index.html'))) throw new StepFailed(name, `${run.published} has no index.html`);
      }
    }
  }
  return run;
}
