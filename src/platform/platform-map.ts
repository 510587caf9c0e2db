import { imagesOf } from './image-pinning';
import type { RenderedEnvironment } from './render';
import { kongPluginsOf } from './network/kong-plugin-references';

/** Where synth writes an environment's map: the README a Git host shows when the environment's folder is opened. */
export function platformMapFile(environment: string): string {
  return `dist/${environment}/README.md`;
}

type Objects = ReadonlyArray<{ readonly file: string; readonly object: Record<string, any> }>;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (header: readonly string[], rows: ReadonlyArray<readonly string[]>) =>
  rows.length === 0 ? ['(none)'] : [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
const byText = (a: readonly string[], b: readonly string[]) => {
  const x = a.join('\0');
  const y = b.join('\0');
  return x < y ? -1 : x > y ? 1 : 0;
};

/** A Mermaid node id for a module: letters, digits and underscores only. */
const nodeId = (module: string) => `m_${module.replace(/[^A-Za-z0-9]/g, '_')}`;

/** The modules in waves, each after the modules it needs, as a Mermaid flowchart. */
export function wavesDiagram(rendered: RenderedEnvironment): string[] {
  const waves = [...new Set(rendered.waves.values())].sort((a, b) => a - b);
  const lines = ['flowchart LR'];
  for (const wave of waves) {
    lines.push(`  subgraph wave${wave}["wave ${wave}"]`);
    for (const [module] of [...rendered.waves].filter(([, w]) => w === wave).sort(([a], [b]) => (a < b ? -1 : 1))) lines.push(`    ${nodeId(module)}["${module}"]`);
    lines.push('  end');
  }
  // Only the direct needs: an arrow implied by a longer path (everything needs namespaces) would hide the shape.
  const closure = (module: string, seen = new Set<string>()): Set<string> => {
    for (const need of rendered.dependencies.get(module) ?? []) if (!seen.has(need)) closure(need, seen.add(need));
    return seen;
  };
  for (const [module, needs] of [...rendered.dependencies].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!rendered.waves.has(module)) continue;
    const direct = [...needs].filter((need) => rendered.waves.has(need) && ![...needs].some((other) => other !== need && closure(other).has(need)));
    for (const need of direct.sort()) lines.push(`  ${nodeId(need)} --> ${nodeId(module)}`);
  }
  return lines;
}

function moduleOf(file: string): string {
  return file.split('/')[2];
}

function hosts(objects: Objects): string[][] {
  const plugins = objects.filter(({ object }) => object.kind === 'KongPlugin');
  return objects
    .filter(({ object }) => object.kind === 'Ingress')
    .flatMap(({ file, object }) => {
      const namespace = object.metadata.namespace;
      const names = kongPluginsOf(object);
      const oidc = names.map((name) => plugins.find((p) => p.object.metadata.namespace === namespace && p.object.metadata.name === name)?.object).find((p) => p?.plugin === 'oidc');
      const sso = oidc ? `${oidc.config.client_id}${oidc.config.bearer_only === 'yes' ? ' (bearer only)' : ''}` : '-';
      return object.spec.rules.flatMap((rule: any) =>
        rule.http.paths.map((path: any) => [
          `https://${rule.host}${path.path}`,
          moduleOf(file),
          `${namespace}/${path.backend.service.name}:${path.backend.service.port.number}`,
          sso,
          names.filter((name) => name !== oidc?.metadata?.name).join(', ') || '-',
          object.metadata.annotations?.['cert-manager.io/cluster-issuer'] ?? '(certificate of another route)',
        ]),
      );
    })
    .sort(byText);
}

function charts(rendered: RenderedEnvironment): string[][] {
  return rendered.modules
    .flatMap((module) => [
      ...module.helmCharts.map((chart) => [module.id, `chart ${chart.chart.name}`, chart.chart.version, chart.versionFrom ? 'environment file (charts:)' : 'module default']),
      ...module.kustomizations.map((k) => [module.id, `kustomize ${k.source.name}`, k.source.version, 'module default']),
    ])
    .sort(byText);
}

function images(objects: Objects): string[][] {
  const users = new Map<string, Set<string>>();
  for (const { file, object } of objects) {
    if (object.kind === 'CustomResourceDefinition') continue;
    for (const { image } of imagesOf(object.spec ?? {})) users.set(image, (users.get(image) ?? new Set()).add(`${moduleOf(file)}: ${object.kind} ${object.metadata.name}`));
  }
  return [...users].map(([image, where]) => [image, [...where].sort().join(', ')]).sort(byText);
}

function recoveryInventory(objects: Objects): string[][] {
  return objects
    .filter(({ object }) => object.kind === 'PersistentVolume')
    .map(({ object }) => [
      `${object.spec.claimRef?.namespace}/${object.spec.claimRef?.name}`,
      object.spec.csi?.driver ?? '-',
      object.spec.csi?.volumeHandle ?? '-',
      object.spec.capacity?.storage ?? '-',
    ])
    .sort(byText);
}

/**
 * The map of an environment: its modules in their sync waves, the public hosts, the charts and images with their
 * versions, and the recovery inventory. Generated with the tree, byte for byte the same for the same tree.
 */
export function platformMap(rendered: RenderedEnvironment): string {
  const objects: Objects = [...rendered.tree].flatMap(([file, list]) => list.map((object) => ({ file, object }))).filter(({ file }) => file.startsWith('dist/'));
  const { name } = rendered.environment;
  const { config } = rendered.environment;
  const lines = [
    `# Environment ${name}`,
    '',
    `Generated by \`npm run synth\` from the environment file and the code; do not edit. Kubernetes ${config.kubernetesVersion}, domain \`${config.domain}\`.`,
    "Argo CD applies `apps/` (the Applications) and each module's folder beside this file.",
    '',
    '## Modules and sync waves',
    '',
    'Each module is an Argo CD Application; a wave syncs once every module it needs (the arrows, and what they need) is healthy.',
    '',
    '```mermaid',
    ...wavesDiagram(rendered),
    '```',
    '',
    '## Public hosts',
    '',
    ...table(['URL', 'module', 'backend', 'SSO client', 'other plugins', 'TLS issuer'], hosts(objects)),
    '',
    '## Charts and sources',
    '',
    ...table(['module', 'source', 'version', 'version from'], charts(rendered)),
    '',
    '## Images',
    '',
    ...table(['image', 'used by'], images(objects)),
    '',
    '## Recovery inventory',
    '',
    ...table(['claim', 'driver', 'volume', 'size'], recoveryInventory(objects)),
  ];
  return `${lines.join('\n')}\n`;
}
