import * as fs from 'node:fs';
import * as path from 'node:path';
import { Chart } from 'cdk8s';
import type { IConstruct } from 'constructs';
import type { z } from 'zod';
import type { PlatformConfig } from '../config/schema';
import type { ModuleSettings } from './module-settings';
import { ConfigFieldError, PlatformError } from './errors';
import { dnsLabel } from '../config/primitives';
import type { HelmChartProps, InstalledChart, KustomizationProps } from './upstream-sources';
import type { AdminSurface } from './network/admin-surfaces';
import type { IngressAllowance } from './network/ingress-allowance';
import type { PodSecurityLevel } from './pod-security';
import { EverywhereException, OperatorPods, Placement } from './placement';
import type { Platform } from './platform';
import { valuesProblem } from './helm-values';
import type { EntryPoint } from './network/entry-points';

/** How a module's Application syncs, beyond the defaults every module gets. */
export interface ModuleSyncOptions {
  /**
   * Apply server-side: needed when objects exceed the 256 KiB last-applied annotation (large CRDs and CRs).
   * @default false
   */
  readonly serverSideApply?: boolean;
  /**
   * Skip the dry run for custom resources whose CRD arrives in the same sync (a chart installing its own CRDs).
   * @default false
   */
  readonly skipDryRunOnMissingResource?: boolean;
}

export interface PlatformModuleProps {
  /**
   * The namespace the module's Application deploys to; namespaced objects of its own and its charts go there.
   * @default none: the module has only cluster-scoped objects
   */
  readonly namespace?: string;
  /**
   * Ids of modules this one needs that it does not reach through a typed handle (`use`).
   * @default none
   */
  readonly dependsOn?: readonly string[];
  /**
   * Sync options of the module's Application.
   * @default none beyond the defaults
   */
  readonly sync?: ModuleSyncOptions;
  /**
   * A Pod Security level below `restricted` for the pods of the module's namespace, with the reason they cannot meet
   * `restricted`. Synth checks every pod template there against it (see `relaxPodSecurity` for one workload).
   * @default restricted
   */
  readonly podSecurity?: PodSecurityException;
}

/** A Pod Security level below `restricted`, and why. */
export interface PodSecurityException {
  readonly level: 'baseline' | 'privileged';
  readonly reason: string;
}

/** A Lua health check Argo CD runs on a kind of custom resource. */
export interface HealthCheck {
  /** `<group>_<Kind>`, as argocd-cm keys name it. */
  readonly resource: string;
  readonly lua: string;
}

/** A custom resource kind Argo CD may count healthy once applied, and why nothing about it is worth waiting for. */
export interface ReadyWhenApplied {
  /** `<group>_<Kind>`, as argocd-cm keys name it. */
  readonly resource: string;
  readonly reason: string;
}

/** A workload whose pods need a lower Pod Security level than the others of its namespace, and why. */
export interface WorkloadPodSecurity extends PodSecurityException {
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
}

/**
 * A module class: its static id names it before it is built, for dependency errors and lookups; its static
 * settings, if any, are its section of the environment file.
 */
export interface ModuleClass<T extends PlatformModule = PlatformModule> {
  readonly id: string;
  /** What the module deploys, in a line: the README's modules table shows it. */
  readonly summary?: string;
  readonly settings?: ModuleSettings;
  /** Why no environment may leave the module out (modules.leaveOut), for a module every environment needs. */
  readonly required?: string;
  new (platform: Platform): T;
}

/**
 * A platform module: one Argo CD Application with the module's own objects (this chart) and the upstream charts it
 * installs. Dependencies are declared by id or, better, derived from the handles the module `use`s.
 */
export abstract class PlatformModule extends Chart {
  /** The module a construct belongs to; building blocks use it to reach other modules' handles. */
  static of(construct: IConstruct): PlatformModule {
    const module = [...construct.node.scopes].reverse().find((scope): scope is PlatformModule => scope instanceof PlatformModule);
    if (!module) throw new PlatformError(`${construct.node.path} is not inside a platform module`);
    return module;
  }

  /** Module id: the Application name and the folder under dist/<environment>/. */
  readonly id: string;
  /** The environment this module is built for. */
  readonly platform: Platform;
  /**
   * Destination namespace of the module's Application, if any. (Not cdk8s' `Chart.namespace`: that one would be
   * stamped on every object, cluster-scoped ones included; objects name their namespace themselves.)
   */
  readonly destinationNamespace?: string;
  /** Sync options of the module's Application. */
  readonly sync: ModuleSyncOptions;
  /** The Pod Security level the module asks for its namespace, and the reason when it is below restricted. */
  readonly podSecurity: { readonly level: PodSecurityLevel; readonly reason?: string };
  private readonly charts: InstalledChart[] = [];
  private readonly kustomizeSources: KustomizationProps[] = [];
  private readonly dependencyIds = new Set<string>();
  private readonly precededNamespaces = new Set<string>();
  private readonly everywhere: EverywhereException[] = [];
  private readonly allowances: IngressAllowance[] = [];
  private readonly relaxed: WorkloadPodSecurity[] = [];
  private readonly extraNamespaces: string[] = [];
  private readonly admin: AdminSurface[] = [];
  private readonly entries: EntryPoint[] = [];
  private readonly health: HealthCheck[] = [];
  private readonly readyOnceApplied: ReadyWhenApplied[] = [];
  private readonly operatorPods: OperatorPods[] = [];

  constructor(platform: Platform, props: PlatformModuleProps = {}) {
    const id = (new.target as unknown as ModuleClass).id;
    super(platform.app, id, { disableResourceNameHashes: true, labels: { 'app.kubernetes.io/part-of': 'ewoc-platform' } });
    this.id = id;
    this.platform = platform;
    if (props.namespace !== undefined) this.checkNamespaceName(props.namespace);
    this.destinationNamespace = props.namespace;
    this.sync = props.sync ?? {};
    if (props.podSecurity && !props.podSecurity.reason.trim()) throw new PlatformError(`module "${id}": Pod Security level ${props.podSecurity.level} needs a reason`);
    this.podSecurity = props.podSecurity ?? { level: 'restricted' };
    for (const dep of props.dependsOn ?? []) this.dependencyIds.add(dep);
  }

  /** The environment's shared configuration (domain, registry, node group, ...). */
  get config(): PlatformConfig {
    return this.platform.config;
  }

  /** A module's section of the environment file, as its schema parsed it (defaults applied). */
  protected settingsOf<S extends z.ZodType>(settings: ModuleSettings<S>): z.output<S> {
    return this.platform.environment.config[settings.field] as z.output<S>;
  }

  /** Ids of the modules that must be healthy before this one syncs. */
  get dependencies(): ReadonlySet<string> {
    return this.dependencyIds;
  }

  /** The upstream charts this module installs, at the versions the environment renders, into its folder of dist/. */
  get helmCharts(): readonly InstalledChart[] {
    return this.charts;
  }

  /** The upstream kustomize sources this module deploys, built into its folder of dist/. */
  get kustomizations(): readonly KustomizationProps[] {
    return this.kustomizeSources;
  }

  /** Pins pods to the system node group. */
  get placement(): Placement {
    return this.platform.placement;
  }

  /** Namespaces this module creates for the others; the namespaces module overrides it. */
  get providedNamespaces(): readonly string[] {
    return [];
  }

  /** DaemonSets of this module allowed on every node. */
  get everywhereExceptions(): readonly EverywhereException[] {
    return this.everywhere;
  }

  /** The paths into namespaces this module needs, each a NetworkPolicy through their default-deny policy. */
  get ingressAllowances(): readonly IngressAllowance[] {
    return this.allowances;
  }

  /** Lua health checks of the custom resources this module renders, for Argo CD (see `addHealthChecks`). */
  get healthChecks(): readonly HealthCheck[] {
    return this.health;
  }

  /** Custom resource kinds with nothing to wait for (see `declareReadyWhenApplied`). */
  get readyWhenApplied(): readonly ReadyWhenApplied[] {
    return this.readyOnceApplied;
  }

  /** Custom resource kinds operators make pods from, and where their scheduling is (see `declareOperatorPods`). */
  get podsOfOperators(): readonly OperatorPods[] {
    return this.operatorPods;
  }

  /** What this module deploys that no public route may reach. */
  get adminSurfaces(): readonly AdminSurface[] {
    return this.admin;
  }

  /** The Services this module exposes outside the cluster on purpose (see `declareEntryPoint`). */
  get entryPoints(): readonly EntryPoint[] {
    return this.entries;
  }

  /** The namespaces this module deploys to: its own, then those it added. */
  get ownNamespaces(): readonly string[] {
    return [...(this.destinationNamespace ? [this.destinationNamespace] : []), ...this.extraNamespaces];
  }

  /** Workloads of this module allowed a lower Pod Security level than their namespace's other pods. */
  get podSecurityExceptions(): readonly WorkloadPodSecurity[] {
    return this.relaxed;
  }

  /** Namespaces whose modules must sync after this one (see `precedeModulesIn`). */
  get precedes(): ReadonlySet<string> {
    return this.precededNamespaces;
  }

  /**
   * Called once every module of the environment is built, for a module whose objects follow from the others (the
   * namespaces module creates each module's namespace). Does nothing by default.
   */
  completeWith(_modules: readonly PlatformModule[]): void {}

  /** Another module's handle; using it makes this module depend on it. */
  use<T extends PlatformModule>(moduleClass: ModuleClass<T>): T {
    const other = this.platform.resolve(moduleClass, this);
    this.dependsOn(other.id);
    return other;
  }

  /** Declares a dependency by id, for a module reached without a handle. */
  protected dependsOn(id: string): void {
    if (id === this.id) throw new PlatformError(`module "${this.id}" cannot depend on itself`);
    this.dependencyIds.add(id);
  }

  /** Makes every module deploying to `namespace` wait for this one (objects it prepares for them, such as claims). */
  protected precedeModulesIn(namespace: string): void {
    this.precededNamespaces.add(namespace);
  }

  /**
   * Reads the health checks of a module folder, `health/<group>_<Kind>.lua`: Argo CD runs them to judge those
   * custom resources, which it does not know how to judge itself, so that sync waves wait for them to be ready.
   */
  protected addHealthChecks(moduleDirectory: string): void {
    const directory = path.join(moduleDirectory, 'health');
    const files = fs.existsSync(directory) ? fs.readdirSync(directory).filter((name) => name.endsWith('.lua')).sort() : [];
    if (files.length === 0) throw new PlatformError(`module "${this.id}": no health checks in ${directory} (files <group>_<Kind>.lua)`);
    for (const file of files) {
      const resource = file.slice(0, -'.lua'.length);
      if (!/^[a-z0-9.-]+_[A-Z][A-Za-z0-9]*$/.test(resource)) throw new PlatformError(`module "${this.id}": health/${file} must be named <group>_<Kind>.lua`);
      this.health.push({ resource, lua: fs.readFileSync(path.join(directory, file), 'utf8') });
    }
  }

  /**
   * Declares that custom resources of a kind whose CRD this module installs are ready once applied (a kind without
   * status, or with one nothing writes), with the reason: Argo CD may count them healthy at once. Every other custom
   * resource kind needs a health check (`addHealthChecks`) unless Argo CD judges it itself.
   */
  protected declareReadyWhenApplied(resource: string, reason: string): void {
    if (!/^[a-z0-9.-]+_[A-Z][A-Za-z0-9]*$/.test(resource)) throw new PlatformError(`module "${this.id}": ${resource} must be written <group>_<Kind>`);
    if (!reason.trim()) throw new PlatformError(`module "${this.id}": ${resource}: say why it is ready once applied`);
    this.readyOnceApplied.push({ resource, reason });
  }

  /**
   * Declares that the operator this module installs makes pods from custom resources of a kind, and where in them
   * those pods' scheduling is (the field holding `nodeSelector` and `affinity`): the placement check then holds every
   * such resource of the tree to the system node group, as it does pod templates.
   */
  protected declareOperatorPods(resource: string, schedulingAt: string): void {
    if (!/^[a-z0-9.-]+_[A-Z][A-Za-z0-9]*$/.test(resource)) throw new PlatformError(`module "${this.id}": ${resource} must be written <group>_<Kind>`);
    if (!/^[A-Za-z]\w*(\.[A-Za-z]\w*)*$/.test(schedulingAt)) {
      throw new PlatformError(`module "${this.id}": ${resource}: "${schedulingAt}" must be a dotted path to the scheduling fields, such as spec.scheduling`);
    }
    this.operatorPods.push({ resource, schedulingAt });
  }

  /** Declares paths and ports of a Service that serve administration: synth refuses any public route to them. */
  protected declareAdminSurface(surface: AdminSurface): void {
    this.admin.push(surface);
  }

  /**
   * Declares a Service of this module that clients outside the cluster reach directly (a LoadBalancer or node
   * ports), with the reason: synth refuses every other Service reaching outside, since it would bypass the gateway.
   */
  protected declareEntryPoint(entryPoint: EntryPoint): void {
    if (!entryPoint.reason.trim()) throw new PlatformError(`module "${this.id}": entry point ${entryPoint.namespace}/${entryPoint.service} needs a reason`);
    this.entries.push(entryPoint);
  }

  /**
   * Adds a namespace of the module's own beside its destination, created with the others, for pods that need other
   * rules than the module's others (a node agent, alone at a lower Pod Security level).
   */
  protected addNamespace(name: string): void {
    this.checkNamespaceName(name);
    if (!this.ownNamespaces.includes(name)) this.extraNamespaces.push(name);
  }

  private checkNamespaceName(name: string): void {
    if (!dnsLabel.safeParse(name).success) throw new PlatformError(`module "${this.id}": namespace "${name}" must be a DNS label of at most 63 characters`);
  }

  /**
   * Lets one workload's pods run at a lower Pod Security level than the rest of its namespace (a node agent reading
   * the host), with the reason. The namespace then enforces that level, and synth still holds every other pod there
   * to the namespace's own.
   */
  protected relaxPodSecurity(workload: WorkloadPodSecurity): void {
    if (!workload.reason.trim()) throw new PlatformError(`module "${this.id}": ${workload.kind} ${workload.name} needs a reason for Pod Security ${workload.level}`);
    this.relaxed.push(workload);
  }

  /**
   * Opens a path through a namespace's default-deny ingress policy, for this module's wiring; the same allowance
   * declared twice (two routes to one backend) counts once.
   */
  allowIngress(allowance: IngressAllowance): void {
    const key = `${allowance.to.namespace}/${allowance.name}`;
    const existing = this.allowances.find((a) => `${a.to.namespace}/${a.name}` === key);
    if (!existing) this.allowances.push(allowance);
    else if (JSON.stringify(existing) !== JSON.stringify(allowance)) throw new PlatformError(`module "${this.id}": allowance "${allowance.name}" in namespace ${allowance.to.namespace} is declared twice, differently`);
  }

  /** Lets a DaemonSet of this module run on every node (log shippers, node exporters); `reason` is required. */
  protected runOnEveryNode(daemonSet: EverywhereException): void {
    if (!daemonSet.reason.trim()) throw new PlatformError(`module "${this.id}": DaemonSet ${daemonSet.name} needs a reason to run on every node`);
    this.everywhere.push(daemonSet);
  }

  /**
   * Installs an upstream chart: the pinned Helm renders it with these values into the module's folder, at the
   * version the environment file chooses (`charts:`) among those the pin supports, or else at the pin's.
   */
  protected addHelmChart(props: HelmChartProps): void {
    const { name, version } = props.chart;
    if (!this.destinationNamespace) {
      throw new PlatformError(`module "${this.id}": a module installing chart "${name}" needs a namespace`);
    }
    if (props.namespace && !this.ownNamespaces.includes(props.namespace)) {
      throw new PlatformError(`module "${this.id}": chart "${name}" is installed in namespace "${props.namespace}", which is not one of the module's (add it with addNamespace)`);
    }
    const problem = valuesProblem(props.values);
    if (problem) throw new PlatformError(`module "${this.id}": chart ${name}: ${problem}`);
    const supported = props.chart.supportedVersions ?? [version];
    if (!supported.includes(version)) {
      throw new PlatformError(`module "${this.id}": chart ${name}: the default version ${version} is not among its supported versions (${supported.join(', ')})`);
    }
    const chosen = this.config.charts[name];
    if (chosen === undefined || chosen === version) {
      this.charts.push({ ...props, chart: { name, version } });
      return;
    }
    if (!supported.includes(chosen)) {
      throw new ConfigFieldError(
        `charts.${name}`,
        `module "${this.id}" writes its values for ${name} ${supported.join(', ')}, not ${chosen}; review them against ${chosen} and add it to the chart's supportedVersions`,
      );
    }
    this.charts.push({ ...props, chart: { name, version: chosen }, versionFrom: `${this.platform.environment.file}: charts.${name}` });
  }

  /** Deploys upstream manifests: the pinned kustomize builds them with these patches into the module's folder. */
  protected addKustomization(props: KustomizationProps): void {
    if (!this.destinationNamespace) {
      throw new PlatformError(`module "${this.id}": a module deploying ${props.source.name} needs a namespace`);
    }
    this.kustomizeSources.push(props);
  }
}
