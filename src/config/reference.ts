import { z } from 'zod';
import { MAX_APPLICATION_NAME, rootApplicationName } from '../gitops/conventions';
import type { ConfigSchema } from './load';

type JsonSchema = {
  type?: string | string[];
  description?: string;
  default?: unknown;
  enum?: unknown[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  format?: string;
};

/** The JSON Schema of an environment file, for editors (environments/schema.json). */
export function configJsonSchema(configSchema: ConfigSchema): object {
  return {
    ...z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'ewoc-platform environment',
  };
}

/** The configuration reference (docs/configuration.md): one row per field, from the schema's own descriptions. */
export function configReference(configSchema: ConfigSchema): string {
  const rows: string[] = [];
  const walk = (schema: JsonSchema, path: string, required: boolean) => {
    if (path) rows.push(`| \`${path}\` | ${typeOf(schema)} | ${required ? 'yes' : 'no'} | ${defaultOf(schema)} | ${escape(schema.description ?? '')} |`);
    const object = schema.type === 'array' ? schema.items : schema;
    const prefix = schema.type === 'array' ? `${path}[]` : path;
    for (const [name, property] of Object.entries(object?.properties ?? {})) {
      walk(property, prefix ? `${prefix}.${name}` : name, (object?.required ?? []).includes(name));
    }
  };
  walk(z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, '', true);
  return [
    '# Configuration reference',
    '',
    '<!-- Generated from src/config/schema.ts by `npm run docs`; a test fails when it is stale. -->',
    '',
    'One file per environment: `environments/<name>.yaml`. The file name is the environment name and its folder',
    `under \`dist/\`: a DNS label of at most ${MAX_APPLICATION_NAME - rootApplicationName('').length} characters (the root Application \`${rootApplicationName('<name>')}\` is a label value).`,
    'Editors that read `# yaml-language-server: $schema=./schema.json` complete and check fields.',
    'A field that is not required takes its default; objects with defaults may be left out entirely.',
    '',
    '| Field | Type | Required | Default | Description |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

function typeOf(schema: JsonSchema): string {
  if (schema.enum) return schema.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' \\| ');
  const type = Array.isArray(schema.type) ? schema.type.join(' \\| ') : (schema.type ?? 'any');
  const detail = schema.pattern ? ' (pattern)' : schema.format ? ` (${schema.format})` : '';
  const range = schema.minimum !== undefined ? ` ${schema.minimum}..${schema.maximum ?? ''}` : '';
  return `${type}${detail}${range}`;
}

function defaultOf(schema: JsonSchema): string {
  if (schema.default === undefined) return '';
  if (typeof schema.default === 'object' && schema.default !== null && Object.keys(schema.default).length === 0) return '';
  return `\`${JSON.stringify(schema.default)}\``;
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
