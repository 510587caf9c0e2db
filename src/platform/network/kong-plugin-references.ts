import type { RenderedObject } from '../rendered-object';

/** The annotation by which an Ingress or Service asks Kong for plugins: KongPlugin names, comma-separated. */
export const PLUGINS_ANNOTATION = 'konghq.com/plugins';

/** The plugin names an object asks Kong for, as Kong's controller reads them: trimmed, empty entries skipped. */
export function kongPluginsOf(object: Record<string, any>): string[] {
  const asked = object.metadata?.annotations?.[PLUGINS_ANNOTATION];
  return typeof asked === 'string' ? asked.split(',').map((name) => name.trim()).filter((name) => name !== '') : [];
}

/**
 * Plugins an object asks Kong for (the `konghq.com/plugins` annotation of an Ingress or Service) that no rendered
 * KongPlugin of its namespace, nor any KongClusterPlugin, defines. Kong's controller skips a plugin it cannot find
 * and serves the route without it: a mistyped name of an SSO plugin would leave the route open to anyone.
 */
export function findMissingKongPlugins(rendered: readonly RenderedObject[]): string[] {
  const isKong = (object: Record<string, any>, kind: string) => object.kind === kind && String(object.apiVersion).startsWith('configuration.konghq.com/');
  const namespaced = new Set(rendered.filter(({ object }) => isKong(object, 'KongPlugin')).map(({ object }) => `${object.metadata?.namespace}/${object.metadata?.name}`));
  const clusterWide = new Set(rendered.filter(({ object }) => isKong(object, 'KongClusterPlugin')).map(({ object }) => object.metadata?.name));
  return rendered.flatMap(({ file, object }) => {
    const namespace = object.metadata?.namespace;
    return kongPluginsOf(object)
      .filter((name) => !namespaced.has(`${namespace}/${name}`) && !clusterWide.has(name))
      .map(
        (name) =>
          `${file}: ${object.kind} ${namespace}/${object.metadata?.name}: metadata.annotations["${PLUGINS_ANNOTATION}"]: "${name}" is no KongPlugin of namespace ${namespace} and no KongClusterPlugin; Kong would serve the route without it`,
      );
  });
}
