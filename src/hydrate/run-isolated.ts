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
 * (there is no `PATH` to find git with, and HTTP goes to a closed proxy), so its output depends on its arguments only. `prepare` may write input files into the scratch directory. A failure is an error naming
 * `description` and quoting the tool's standard error.
 */
export function runIsolated(tool: ResolvedTool, description: string, prepare: (scratch: string) => IsolatedRun): string {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `ewoc-${tool.name}-`));
  try {
    const run = prepare(scratch);
    const result = spawnSync(tool.path, run.args, {
      cwd: scratch,
      env: { ...run.env, HOME: scratch, HTTP_PROXY: NO_NETWORK_PROXY, HTTPS_PROXY: NO_NETWORK_PROXY },
      encoding: 'utf8',
      maxBuffer: MAX_OUTPUT_BYTES,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.error) {
      throw new PlatformError(`${description} failed: could not run ${tool.path}: ${result.error.message}`);
    }
    if (result.status !== 0) {
      const exit = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
      const stderr = result.stderr.trim();
      throw new PlatformError(`${description} failed: ${tool.name} ${exit}${stderr ? `:\n${indent(stderr)}` : ''}`);
    }
    return result.stdout;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function indent(text: string): string {
  return text.replace(/^(?=.)/gm, '  ');
}
