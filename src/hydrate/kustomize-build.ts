import * as path from 'node:path';
import { Manifest, parseManifests } from './parse-manifests';
import type { ResolvedTool } from './pinned-tools';
import { runIsolated } from './run-isolated';

/**
 * The objects `kubectl kustomize` builds from the kustomization in `dir`, with no cluster, no user configuration
 * and no network (see `runIsolated`): a remote base or resource fails; vendor it.
 */
export function kustomizeBuild(kubectl: ResolvedTool, dir: string): Manifest[] {
  const description = `kubectl kustomize of ${dir}`;
  const stdout = runIsolated(kubectl, description, () => ({ args: ['kustomize', path.resolve(dir)] }));
  return parseManifests(stdout, description);
}
