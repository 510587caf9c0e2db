import { Chart } from 'cdk8s';
import type { Environment } from '../config/load';
import { Bootstrap } from '../gitops/bootstrap';
import { findUnjudgedCustomResources } from '../gitops/health-coverage';
import { ModuleApplication } from '../gitops/module-application';
import { ConfigError } from '../config/load';
import { ConfigFieldError, PlatformError } from './errors';
import { moduleFileName } from './file-names';
import type { Hydrator, UpstreamObject } from '../hydrate/hydrator';
import type { GroupKind } from './upstream-sources';
import type { ModuleClass, PlatformModule } from './module';
import { apiGroupOf, RenderedObject } from './rendered-object';
import { Platform } from './platform';
import { findTooLargeForClientSideApply } from './apply-size';
import { findCredentials } from './credential-scan';
import { findSecretsInGit } from './secret-policy';
import { computeWaves } from './waves';
import { CustomResourceProviders } from './custom-resource-providers';
import { allowancePolicy, defaultDenyIngress } from './network/network-policies';
import { webhookAllowances } from './network/webhook-allowances';
import { scrapeAllowances } from './network/scrape-allowances';
import { findOpenIngress } from './network/open-ingress';
import { findOwnershipProblems } from './object-ownership';
import { findInvalidHosts } from './network/host-names';
import { findRouteCollisions } from './network/route-collisions';
import { findUnpinnedImages } from './image-pinning';
import { findMissingPullSecrets } from './image-pull-secrets';
import { findUnrequestedContainers } from './resource-requests';
import { findDanglingPodReferences } from './pod-references';
import { findInvalidPodSpecs } from './pod-spec-rules';
import { findInvalidServicePorts } from './network/service-ports';
import { findInvalidConfigData } from './config-data';
import { findInvalidMetadata } from './object-metadata';
import { findPublicAdminRoutes } from './network/admin-surfaces';
import { findUndeclaredEntryPoints } from './network/entry-points';
import { findMissingKongPlugins } from './network/kong-plugin-references';
import { findInvalidIngressPaths } from './network/ingress-paths';
import { namespacePodSecurity } from './namespace-pod-security';
import { findPodSecurityViolations } from './pod-security-gate';

/** Every file of one environment: path relative to the project root -> the objects it holds. */
export type RenderedTree = Map<string, Record<string, any>[]>;

/** One environment, rendered and checked for wiring and placement (schemas are checked by the caller). */
export interface RenderedEnvironment {
  readonly environment: Environment;
  readonly tree: RenderedTree;
  /** Files of hydrated upstream objects: their YAML text (already serialized) and identity (see UpstreamObject). */
  readonly upstream: ReadonlyMap<string, { readonly text: string; readonly identity: string }>;
  /** Module id -> sync wave. */
  readonly waves: ReadonlyMap<string, number>;
  /** Module id -> the modules it syncs after. */
  readonly dependencies: ReadonlyMap<string, ReadonlySet<string>>;
  /** The modules, in registry order. */
  readonly modules: readonly PlatformModule[];
}

/**
 * Renders an environment: module folders (the module's own objects and its hydrated upstream sources), child
 * Applications in waves, and the bootstrap file. A configuration value the modules refuse is reported against the
 * environment file and its field.
 */
export function renderEnvironment(environment: Environment, registry: readonly ModuleClass[], hydrator: Hydrator): RenderedEnvironment {
  return renderEnvironments([environment], registry, hydrator)[0];
}

/** `renderEnvironment` for several environments, their charts rendered together (see `Hydrator.hydrateAll`). */
export function renderEnvironments(environments: readonly Environment[], registry: readonly ModuleClass[], hydrator: Hydrator): RenderedEnvironment[] {
  const platforms = environments.map((environment) => asConfigError(environment, () => new Platform(environment, registry)));
  const upstream = hydrator.hydrateAll(platforms.map(({ environment, modules }) => ({ modules, target: { environment: environment.name, file: environment.file, minor: environment.config.kubernetesVersion } })));
  return platforms.map((platform, index) => asConfigError(platform.environment, () => renderModules(platform, upstream[index])));
}

/** Runs `build`, reporting a configuration value the modules refuse against the environment file and its field. */
function asConfigError<T>(environment: Environment, build: () => T): T {
  try {
    return build();
  } catch (error) {
    if (error instanceof ConfigFieldError) throw new ConfigError(`${environment.file}: ${error.message}`);
    throw error;
  }
}

function renderModules(platform: Platform, upstream: ReadonlyMap<PlatformModule, readonly UpstreamObject[]>): RenderedEnvironment {
  const { environment, modules } = platform;
  const env = environment.name;
  const root = `dist/${env}`;
  const tree: RenderedTree = new Map();

  // Everything a module delivers: its own objects, those of its upstream sources, then the network policies of both.
  const delivered = new Map(modules.map((m) => [m, [...(m.toJson() as Record<string, any>[]).map((object) => ({ object })), ...(upstream.get(m) ?? [])]]));
  addNetworkPolicies(modules, delivered);
  const objectsOf = new Map(modules.map((m) => [m, (delivered.get(m) ?? []).map(({ object }) => object)]));
  const graph = dependencyGraph(modules, objectsOf);
  const waves = computeWaves(graph);

  const renderedBy = new Map<PlatformModule, RenderedObject[]>();
  const upstreamFiles = new Map<string, { text: string; identity: string }>();
  for (const module of modules) {
    const files: RenderedObject[] = [];
    for (const entry of delivered.get(module) ?? []) {
      const file = `${root}/${module.id}/${moduleFileName(entry.object, module.destinationNamespace)}`;
      if (tree.has(file)) throw new PlatformError(`module "${module.id}": two objects would be written to ${file}; give them distinct names`);
      tree.set(file, [entry.object]);
      files.push({ file, object: entry.object });
      if ('text' in entry) upstreamFiles.set(file, { text: entry.text, identity: entry.identity });
    }
    renderedBy.set(module, files);
  }
  const rendered = [...renderedBy.values()].flat();
  const owned = modules.flatMap((m) => (renderedBy.get(m) ?? []).map((entry) => ({ ...entry, module: m.id, own: !upstreamFiles.has(entry.file) })));
  const violations = [
    ...findOwnershipProblems(owned),
    ...findInvalidMetadata(rendered),
    ...platform.placement.findUnpinned(rendered, modules.flatMap((m) => m.everywhereExceptions), modules.flatMap((m) => m.podsOfOperators)),
    ...findSecretsInGit(rendered),
    ...findOpenIngress(rendered),
    ...findInvalidHosts(rendered, platform.config.domain),
    ...findRouteCollisions(rendered),
    ...findMissingKongPlugins(rendered),
    ...findInvalidIngressPaths(rendered),
    ...findUnpinnedImages(rendered),
    ...findMissingPullSecrets(rendered, platform.config.registry),
    ...findUnrequestedContainers(rendered),
    ...findDanglingPodReferences(rendered),
    ...findInvalidPodSpecs(rendered),
    ...findInvalidServicePorts(rendered),
    ...findInvalidConfigData(rendered),
    ...findPublicAdminRoutes(rendered, modules.flatMap((m) => m.adminSurfaces)),
    ...findUndeclaredEntryPoints(rendered, modules.flatMap((m) => m.entryPoints)),
    ...findPodSecurityViolations(rendered, namespacePodSecurity(modules), modules.flatMap((m) => m.podSecurityExceptions)),
    ...findUnjudgedCustomResources(rendered, modules),
    ...modules.flatMap((module) => findTooLargeForClientSideApply(module, renderedBy.get(module) ?? [], (file) => upstreamFiles.get(file)?.text)),
  ];
  if (violations.length > 0) throw new PlatformError(violations.join('\n'));

  const apps = new Chart(platform.app, 'apps', { disableResourceNameHashes: true, labels: { 'app.kubernetes.io/part-of': 'ewoc-platform' } });
  for (const module of modules) {
    // A module with nothing to deliver in this environment (an empty recovery inventory) gets no Application.
    if ((objectsOf.get(module) ?? []).length === 0) continue;
    new ModuleApplication(apps, module.id, { module, wave: waves.get(module.id) as number });
  }
  for (const object of apps.toJson()) {
    tree.set(`${root}/apps/${object.metadata.name}.yaml`, [object]);
  }

  const bootstrap = new Bootstrap(platform, {
    namespaces: destinationNamespaces(modules, objectsOf),
    clusterResources: clusterResources(modules, objectsOf),
  });
  tree.set(`argocd/${env}.yaml`, bootstrap.toJson());
  // Upstream objects were scanned when they were rendered (see Hydrator).
  const credentials = findCredentials([...tree].filter(([file]) => !upstreamFiles.has(file)).flatMap(([file, objects]) => objects.map((object) => ({ file, object }))));
  if (credentials.length > 0) throw new PlatformError(credentials.join('\n'));
  return { environment, tree, upstream: upstreamFiles, waves, dependencies: graph, modules };
}

/**
 * Adds to each module the NetworkPolicies of its allowances, of the webhooks it registers and of the monitors it
 * renders, resolved against every rendered Service; and to the first module of each namespace, that namespace's
 * default-deny policy. The deny arrives in the same sync as the paths of the namespace's own pods: were it synced
 * with the namespaces first, Argo CD's own components would be cut from each other before their allowance came.
 * Two policies of one name in one namespace are an error naming both modules.
 */
function addNetworkPolicies(modules: readonly PlatformModule[], delivered: Map<PlatformModule, Array<{ object: Record<string, any> }>>): void {
  const everything = [...delivered.values()].flat().map(({ object }) => object);
  const services = everything.filter((object) => object.kind === 'Service');
  // Only the namespaces of the environment's modules have policies to open.
  const namespaces = new Set(modules.flatMap((module) => module.ownNamespaces));
  const owners = new Map<string, { module: string; allowance?: string }>();
  const closed = new Set<string>();
  for (const module of modules) {
    const objects = (delivered.get(module) ?? []).map(({ object }) => object);
    for (const namespace of module.ownNamespaces.filter((n) => !closed.has(n))) {
      closed.add(namespace);
      owners.set(`${namespace}/default-deny-ingress`, { module: module.id });
      delivered.get(module)?.push({ object: defaultDenyIngress(namespace) });
    }
    const monitors = objects.filter((object) => ['ServiceMonitor', 'PodMonitor'].includes(object.kind) && String(object.apiVersion).startsWith('monitoring.coreos.com/'));
    const derived = [...webhookAllowances(objects), ...scrapeAllowances(monitors, everything)].filter((allowance) => namespaces.has(allowance.to.namespace));
    for (const allowance of [...module.ingressAllowances, ...derived]) {
      const policy = allowancePolicy(allowance, services, module.id);
      const key = `${policy.metadata.namespace}/${policy.metadata.name}`;
      const owner = owners.get(key);
      // The same path opened by two modules (the ACME solvers of two modules' routes in one namespace) is one
      // policy, the first module's; two different ones under one name are a wiring error.
      if (owner && owner.allowance === JSON.stringify(allowance)) continue;
      if (owner) throw new PlatformError(`NetworkPolicy ${key} is declared by module "${owner.module}" and module "${module.id}"; give the allowances distinct names`);
      owners.set(key, { module: module.id, allowance: JSON.stringify(allowance) });
      delivered.get(module)?.push({ object: policy });
    }
  }
}

/**
 * Module id -> the modules it needs: what it declared or used, the module that creates each namespace it deploys
 * to, the module rendering the CRD of each custom resource it renders, and every module that prepares objects in
 * its namespace (`precedeModulesIn`).
 */
function dependencyGraph(modules: readonly PlatformModule[], objectsOf: Map<PlatformModule, Record<string, any>[]>): Map<string, Set<string>> {
  const providers = new Map<string, PlatformModule>();
  for (const module of modules) {
    for (const namespace of module.providedNamespaces) providers.set(namespace, module);
  }
  const graph = new Map(modules.map((m) => [m.id, new Set(m.dependencies)]));
  const customResources = new CustomResourceProviders(modules, objectsOf);
  for (const module of modules) {
    const deps = graph.get(module.id) as Set<string>;
    for (const object of objectsOf.get(module) ?? []) {
      const provider = customResources.providerOf(module, object);
      if (provider && provider !== module) deps.add(provider.id);
    }
    for (const namespace of namespacesOf(module, objectsOf.get(module) ?? [])) {
      const provider = providers.get(namespace);
      if (!provider) {
        const known = [...providers.keys()].sort().join(', ') || 'none';
        throw new PlatformError(`module "${module.id}": namespace "${namespace}" is not created by any module (known namespaces: ${known})`);
      }
      if (provider !== module) deps.add(provider.id);
    }
    for (const namespace of module.precedes) {
      for (const other of modules) {
        if (other !== module && other.destinationNamespace === namespace && !other.providedNamespaces.includes(namespace)) {
          graph.get(other.id)?.add(module.id);
        }
      }
    }
  }
  return graph;
}

function namespacesOf(module: PlatformModule, objects: readonly Record<string, any>[]): string[] {
  const namespaces = new Set<string>();
  if (module.destinationNamespace) namespaces.add(module.destinationNamespace);
  for (const object of objects) {
    if (object.metadata?.namespace) namespaces.add(object.metadata.namespace);
  }
  return [...namespaces];
}

function destinationNamespaces(modules: readonly PlatformModule[], objectsOf: Map<PlatformModule, Record<string, any>[]>): string[] {
  return uniqueSorted(modules.flatMap((m) => namespacesOf(m, objectsOf.get(m) ?? [])));
}

/** Cluster-scoped kinds: the rendered objects, objectsOf and upstream, that carry no namespace. */
function clusterResources(modules: readonly PlatformModule[], objectsOf: Map<PlatformModule, Record<string, any>[]>): GroupKind[] {
  const kinds = new Map<string, GroupKind>();
  const add = (gk: GroupKind) => kinds.set(`${gk.group}/${gk.kind}`, gk);
  for (const module of modules) {
    for (const object of objectsOf.get(module) ?? []) {
      if (!object.metadata?.namespace) {
        const apiVersion = String(object.apiVersion);
        add({ group: apiGroupOf(apiVersion), kind: object.kind });
      }
    }
  }
  return [...kinds.keys()].sort().map((key) => kinds.get(key) as GroupKind);
}

function uniqueSorted(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
