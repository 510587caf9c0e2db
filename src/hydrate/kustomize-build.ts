import * as path from 'node:path';
import { Manifest, parseManifests } from './parse-manifests';
import type { ResolvedTool } from './pinned-tools';
import { runIsolated } from './run-isolated';

/**
 * The objects `kubectl kustomize` builds from the kustomization in `dir`, with no cluster, no user configuration
 * and no network (see `runIsolated`): a remote base or resource fails; vendor it.
 */
export function kustomizeBuild(kubectl: ResolvedTool, dir: string): Manifest[] {
  return parseManifests(kustomizeBuildText(kubectl, dir), `kubectl kustomize of ${dir}`);
}

/** What `kubectl kustomize` prints for the kustomization in `dir` (see `kustomizeBuild`), as a YAML stream. */
export function kustomizeBuildText(kubectl: ResolvedTool, dir: string): string {
  return runIsolated(kubectl, `kubectl kustomize of ${dir}`, () => ({ args: ['kustomize', path.resolve(dir)] }));
}
