import type { RenderedObject } from './rendered-object';

/** What a ConfigMap or Secret may hold: etcd's value limit, less room for the rest of the object. */
const DATA_LIMIT = 1024 * 1024;

/**
 * ConfigMaps and Secrets whose data the API server refuses, more than 1 MiB however they are applied (server-side
 * apply lifts the annotation limit, not this one): a dashboard or a realm that grew needs splitting.
 */
export function findOversizedConfigData(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'v1' || (object.kind !== 'ConfigMap' && object.kind !== 'Secret')) return [];
    const values = [...Object.values(object.data ?? {}), ...Object.values(object.binaryData ?? {}), ...Object.values(object.stringData ?? {})];
    const size = values.reduce<number>((sum, value) => sum + Buffer.byteLength(String(value)), 0);
    return size > DATA_LIMIT ? [`${file}: ${object.kind} ${object.metadata?.name}: holds ${size} bytes of data; the API server takes at most ${DATA_LIMIT}: split it`] : [];
  });
}
