import * as path from 'node:path';
import type { ResolvedTool } from './pinned-tools';
import { runIsolated } from './run-isolated';

/**
 * What `kubectl kustomize` prints for the kustomization in `dir`, as a YAML stream, with no cluster, no user
 * configuration and no network (see `runIsolated`): a remote base or resource fails; vendor it.
 */
export function kustomizeBuildText(kubectl: ResolvedTool, dir: string): string {
  return runIsolated(kubectl, `kubectl kustomize of ${dir}`, () => ({ args: ['kustomize', path.resolve(dir)] }));
}
