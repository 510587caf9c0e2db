import { PlatformError } from './errors';
import type { PlatformModule } from './module';
import { apiGroupOf } from './rendered-object';

/** API groups Kubernetes serves itself, whose kinds need no CustomResourceDefinition. */
const BUILT_IN_GROUPS = new Set(['', 'apps', 'batch', 'autoscaling', 'policy', 'extensions']);

/**
 * The module that renders the CRD of each custom resource kind (`group/Kind`) among a set of modules. A custom
 * resource of a kind none renders would not apply (Kubernetes has no such kind, for instance when the module that
 * installs it is left out), and is an error naming the module and the object.
 */
export class CustomResourceProviders {
  private readonly providers = new Map<string, PlatformModule>();

  constructor(modules: readonly PlatformModule[], objectsOf: ReadonlyMap<PlatformModule, readonly Record<string, any>[]>) {
    for (const module of modules) {
      for (const object of objectsOf.get(module) ?? []) {
        if (object.kind !== 'CustomResourceDefinition' || !String(object.apiVersion).startsWith('apiextensions.k8s.io/')) continue;
        this.providers.set(`${object.spec?.group}/${object.spec?.names?.kind}`, module);
      }
    }
  }

  /** The module whose CRD defines `object`'s kind; undefined for a built-in kind. */
  providerOf(user: PlatformModule, object: Record<string, any>): PlatformModule | undefined {
    const group = apiGroupOf(String(object.apiVersion));
    const provider = this.providers.get(`${group}/${object.kind}`);
    // A CRD may also use a *.k8s.io group (gateway.networking.k8s.io): the rendered CRDs are looked at first.
    if (provider || BUILT_IN_GROUPS.has(group) || group.endsWith('.k8s.io')) return provider;
    throw new PlatformError(
      `module "${user.id}": ${object.kind} ${object.metadata?.name ?? '(no name)'} (${object.apiVersion}) is a custom resource whose CustomResourceDefinition no module of this environment renders; render the module that installs it`,
    );
  }
}
