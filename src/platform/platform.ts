import { App } from 'cdk8s';
import type { Environment } from '../config/load';
import type { PlatformConfig } from '../config/schema';
import { ConfigFieldError, PlatformError } from './errors';
import type { ModuleClass, PlatformModule } from './module';
import { Placement } from './placement';
import { dnsLabel } from '../config/primitives';
import { closestName } from '../lib/closest-name';

/** Names beside the modules' in an environment's tree and cdk8s app, with what holds them: no module may take them. */
const RESERVED_IDS: Readonly<Record<string, string>> = {
  apps: 'folder of Applications (dist/<environment>/apps)',
  bootstrap: 'bootstrap (argocd/<environment>.yaml)',
};

/**
 * One environment's modules: the registered ones its file does not leave out. Modules are built in registry order; a
 * module that `use`s another not yet built gets it built first, so handles work whatever the order of the registry.
 * Using a module that is not registered or that the file leaves out, or using modules in a circle, is an error
 * naming them.
 */
export class Platform {
  /** The cdk8s app holding every module chart of this environment. */
  readonly app = new App();
  /** Pins pods to the system node group of this environment. */
  readonly placement: Placement;
  /** The modules this environment renders. */
  private readonly registry: readonly ModuleClass[];
  private readonly leftOut: ReadonlySet<string>;
  private readonly built = new Map<ModuleClass, PlatformModule>();
  private readonly building: ModuleClass[] = [];

  constructor(readonly environment: Environment, registry: readonly ModuleClass[]) {
    const seen = new Map<string, ModuleClass>();
    for (const moduleClass of registry) {
      if (!dnsLabel.safeParse(moduleClass.id).success) {
        throw new PlatformError(`module class ${moduleClass.name}: id "${moduleClass.id}" must be a DNS label of at most 63 characters (it names an Application and a folder)`);
      }
      if (Object.hasOwn(RESERVED_IDS, moduleClass.id)) {
        throw new PlatformError(`module class ${moduleClass.name}: id "${moduleClass.id}" is taken by the environment's ${RESERVED_IDS[moduleClass.id]}; choose another`);
      }
      if (seen.has(moduleClass.id)) {
        throw new PlatformError(`module id "${moduleClass.id}" is registered twice (${seen.get(moduleClass.id)?.name} and ${moduleClass.name})`);
      }
      seen.set(moduleClass.id, moduleClass);
    }
    environment.config.modules.leaveOut.forEach((id, index) => {
      const required = registry.find((moduleClass) => moduleClass.id === id)?.required;
      if (required) throw new ConfigFieldError(`modules.leaveOut[${index}]`, `module "${id}" cannot be left out: ${required}`);
    });
    this.leftOut = new Set(environment.config.modules.leaveOut);
    this.registry = registry.filter((moduleClass) => !this.leftOut.has(moduleClass.id));
    this.placement = new Placement(environment.config.nodeGroup);
    for (const moduleClass of this.registry) this.resolve(moduleClass);
    for (const module of this.modules) {
      for (const id of module.dependencies) {
        if (this.leftOut.has(id)) throw new PlatformError(this.leftOutMessage(module.id, id));
      }
    }
    for (const module of this.modules) module.completeWith(this.modules);
    this.checkChartVersions();
  }

  /** Whether this environment renders a module (registered, not left out): for what a module adds only beside another. */
  renders(moduleClass: ModuleClass): boolean {
    return this.registry.includes(moduleClass);
  }

  /** The environment's configuration. */
  get config(): PlatformConfig {
    return this.environment.config;
  }

  /** Every module, in registry order. */
  get modules(): PlatformModule[] {
    return this.registry.map((moduleClass) => this.built.get(moduleClass) as PlatformModule);
  }

  /** The module built from `moduleClass`, building it on first use. */
  resolve<T extends PlatformModule>(moduleClass: ModuleClass<T>, requester?: PlatformModule): T {
    const existing = this.built.get(moduleClass);
    if (existing) return existing as T;
    if (this.leftOut.has(moduleClass.id)) throw new PlatformError(this.leftOutMessage(requester?.id, moduleClass.id));
    if (!this.registry.includes(moduleClass)) {
      const by = requester ? `module "${requester.id}" uses` : 'requested';
      throw new PlatformError(`${by} module "${moduleClass.id}", which is not registered in src/modules/registry.ts`);
    }
    const start = this.building.indexOf(moduleClass);
    if (start >= 0) {
      const chain = [...this.building.slice(start), moduleClass].map((m) => m.id);
      throw new PlatformError(`dependency cycle: ${chain.join(' -> ')}`);
    }
    this.building.push(moduleClass);
    try {
      const module = new moduleClass(this);
      this.built.set(moduleClass, module);
      return module;
    } finally {
      this.building.pop();
    }
  }

  /** A version chosen for a chart that no module of the environment installs is a mistake (a typo, or a module left out). */
  private checkChartVersions(): void {
    const installed = [...new Set(this.modules.flatMap((module) => module.helmCharts.map(({ chart }) => chart.name)))].sort();
    for (const name of Object.keys(this.config.charts)) {
      if (!installed.includes(name)) {
        const meant = closestName(name, installed);
        throw new ConfigFieldError(`charts.${name}`, `no module of this environment installs chart "${name}"${meant ? ` (did you mean "${meant}"?)` : ''} (charts: ${installed.join(', ')})`);
      }
    }
  }

  private leftOutMessage(user: string | undefined, used: string): string {
    return `${user ? `module "${user}" uses` : 'requested'} module "${used}", which ${this.environment.file} leaves out (modules.leaveOut); render "${used}" too, or leave out "${user}" as well`;
  }
}
