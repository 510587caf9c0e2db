import type { ModuleClass } from './module';
import type { RenderedEnvironment } from './render';

/**
 * The README's table of modules, from the modules themselves: id, namespace, summary, and the modules each syncs
 * after in `environment` (dependencies can depend on settings, such as backups needing cert-manager).
 */
export function modulesTable(registry: readonly ModuleClass[], environment: RenderedEnvironment): string {
  const rows = environment.modules.map((module, index) => {
    const after = [...(environment.dependencies.get(module.id) ?? [])].sort((a, b) => (environment.waves.get(a) ?? 0) - (environment.waves.get(b) ?? 0) || (a < b ? -1 : 1));
    return `| \`${module.id}\` | ${module.destinationNamespace ?? '-'} | ${registry[index].summary ?? ''} | ${after.join(', ') || '-'} |`;
  });
  return ['| Module | Namespace | What it deploys | Syncs after |', '|---|---|---|---|', ...rows].join('\n');
}
