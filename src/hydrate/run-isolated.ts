import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PlatformError } from '../platform/errors';
import type { ResolvedTool } from './pinned-tools';

/** How to run a tool once its scratch directory exists. */
export interface IsolatedRun {
  /** Arguments, passed as they are (there is no shell). */
  readonly args: readonly string[];
  /** Environment besides `HOME`, which is the scratch directory. @default none */
  readonly env?: Readonly<Record<string, string>>;
}

/** One run of a tool: the tool, what to call it in messages, and how to prepare its scratch directory. */
export interface ToolJob {
  readonly tool: ResolvedTool;
  readonly description: string;
  readonly prepare: (scratch: string) => IsolatedRun;
}

/**
 * Upper bound of a tool's output: spawnSync's default (1 MiB) is smaller than a chart with its CRDs (argo-cd's
 * alone are several MiB).
 */
const MAX_OUTPUT_BYTES = 512 * 1024 * 1024;

/**
 * A proxy nothing listens on (the discard port of the loopback): a URL a tool tries to fetch, such as a remote
 * kustomize base, fails at once instead of resolving a name or reaching the network.
 */
const NO_NETWORK_PROXY = 'http://127.0.0.1:9';

/**
 * Runs `tool` synchronously and returns its standard output. It gets a fresh scratch directory as `HOME`, removed
 * afterwards, and no other environment than `prepare` gives: the user's Helm configuration, plugins and
 * repositories, `KUBECONFIG`, the kube context and `HELM_*` variables cannot reach it, nor can it reach the network
 * (there is no `PATH` to find git with, and HTTP goes to a closed proxy), so its output depends on its arguments
 * only. `prepare` may write input files into the scratch directory. A failure is an error naming `description` and
 * quoting the tool's standard error.
 */
export function runIsolated(tool: ResolvedTool, description: string, prepare: (scratch: string) => IsolatedRun): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `ewoc-${tool.name}-`));
  try {
    const run = prepare(scratch);
    const result = spawnSync(tool.path, run.args, { cwd: scratch, env: isolatedEnv(run, scratch), encoding: 'utf8', maxBuffer: MAX_OUTPUT_BYTES, stdio: ['ignore', 'pipe', 'pipe'] });
    if (result.error) throw new PlatformError(`${description} failed: could not run ${tool.path}: ${result.error.message}`);
    return outcome(tool, description, result.status, result.signal, result.stdout, result.stderr);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * `runIsolated` for several jobs at once, as many at a time as the machine has cores: a cold synth renders a dozen
 * charts, and Helm keeps one core busy. The jobs run in a child Node process that starts them asynchronously, so
 * this call stays synchronous; the first failure is thrown. Each job's standard output is left in a file of
 * `outputDir` (the caller reads and removes them) rather than in memory: a batch of chart renders is tens of
 * megabytes, most of it read one chart at a time. Returns the files, in the order of the jobs.
 */
export function runAllIsolatedInto(jobs: readonly ToolJob[], outputDir: string): string[] {
  if (jobs.length === 0) return [];
  const batch = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-batch-'));
  // A folder per call: a caller may keep the outputs of several batches in one outputDir.
  const outputs = fs.mkdtempSync(path.join(outputDir, 'batch-'));
  try {
    const specs = jobs.map((job, index) => {
      const scratch = path.join(batch, String(index));
      fs.mkdirSync(scratch);
      const run = job.prepare(scratch);
      return { path: job.tool.path, args: run.args, cwd: scratch, env: isolatedEnv(run, scratch), out: path.join(outputs, `${index}.out`), err: path.join(batch, `${index}.err`), status: path.join(batch, `${index}.status`) };
    });
    const plan = path.join(batch, 'plan.json');
    fs.writeFileSync(plan, JSON.stringify({ limit: os.availableParallelism(), jobs: specs }));
    const runner = spawnSync(process.execPath, [path.join(__dirname, 'run-all.js'), plan], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (runner.status !== 0) throw new PlatformError(`could not run ${jobs[0].tool.name} in parallel: ${runner.stderr.trim()}`);
    jobs.forEach((job, index) => {
      const status = JSON.parse(fs.readFileSync(specs[index].status, 'utf8')) as { code: number | null; signal: NodeJS.Signals | null; error?: string };
      if (status.error) throw new PlatformError(`${job.description} failed: could not run ${job.tool.path}: ${status.error}`);
      // Only a failure's output is read here: it is checked, not kept.
      if (status.code !== 0 || status.signal) outcome(job.tool, job.description, status.code, status.signal, '', fs.readFileSync(specs[index].err, 'utf8'));
    });
    return specs.map((spec) => spec.out);
  } finally {
    fs.rmSync(batch, { recursive: true, force: true });
  }
}

function isolatedEnv(run: IsolatedRun, scratch: string): Record<string, string> {
  return { ...run.env, HOME: scratch, HTTP_PROXY: NO_NETWORK_PROXY, HTTPS_PROXY: NO_NETWORK_PROXY };
}

function outcome(tool: ResolvedTool, description: string, status: number | null, signal: NodeJS.Signals | null, stdout: string, stderr: string): string {
  if (status === 0) return stdout;
  const exit = signal ? `was killed by ${signal}` : `exited with ${status}`;
  const message = stderr.trim();
  throw new PlatformError(`${description} failed: ${tool.name} ${exit}${message ? `:\n${indent(message)}` : ''}`);
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}
