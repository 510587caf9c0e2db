import type { RenderedObject } from './rendered-object';

/** What a ConfigMap or Secret may hold: etcd's value limit, less room for the rest of the object. */
const DATA_LIMIT = 1024 * 1024;
/** A key of a ConfigMap or Secret: it becomes a file name when mounted. */
const DATA_KEY = /^[-._a-zA-Z0-9]{1,253}$/;

/** The fields of each kind that hold base64 text, counted by the bytes it decodes to. */
const BASE64_FIELDS: Record<string, readonly string[]> = { ConfigMap: ['binaryData'], Secret: ['data'] };

/**
 * ConfigMaps and Secrets the API server refuses: a key that is no file name (letters, digits, `-`, `_`, `.`; not `.`
 * or `..`), a ConfigMap key in both data and binaryData, or more than 1 MiB of data (decoded) however they are
 * applied (server-side apply lifts the annotation limit, not this one): a dashboard or a realm that grew needs
 * splitting.
 */
export function findInvalidConfigData(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.apiVersion !== 'v1' || (object.kind !== 'ConfigMap' && object.kind !== 'Secret')) return [];
    const where = `${file}: ${object.kind} ${object.metadata?.name}`;
    const fields = ['data', 'binaryData', 'stringData'].filter((field) => object[field] && typeof object[field] === 'object');
    const problems = fields.flatMap((field) =>
      Object.keys(object[field])
        .filter((key) => !DATA_KEY.test(key) || key === '.' || key === '..')
        .map((key) => `${where}: ${field}: key "${key}" must be a file name: letters, digits, "-", "_" and ".", not "." or ".."`),
    );
    if (object.kind === 'ConfigMap' && fields.includes('data') && fields.includes('binaryData')) {
      const text = new Set(Object.keys(object.data));
      for (const key of Object.keys(object.binaryData).filter((k) => text.has(k))) problems.push(`${where}: binaryData: key "${key}" is also in data; a key is in one of them`);
    }
    const bytes = (field: string, value: unknown) => (BASE64_FIELDS[object.kind].includes(field) ? Buffer.from(String(value), 'base64').length : Buffer.byteLength(String(value)));
    const size = fields.flatMap((field) => Object.values(object[field]).map((value) => bytes(field, value))).reduce((sum, n) => sum + n, 0);
    if (size > DATA_LIMIT) problems.push(`${where}: holds ${size} bytes of data; the API server takes at most ${DATA_LIMIT}: split it`);
    return problems;
  });
}
