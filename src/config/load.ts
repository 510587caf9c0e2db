import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { z } from 'zod';
import { configSchema, PlatformConfig } from './schema';

/** A named environment and its validated configuration. */
export interface Environment {
  /** Environment name: the file name without extension, and the folder under dist/. */
  readonly name: string;
  /** The configuration with defaults applied. */
  readonly config: PlatformConfig;
}

/** Bad configuration: the message names the file, the field and the reason. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const ENVIRONMENT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Renders a zod path as users write it: `pvRecovery.volumes[0].size`. */
function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('') || '(root)';
}

/** Validates a configuration object; `source` names where it came from in error messages. */
export function parseConfig(source: string, input: unknown): PlatformConfig {
  const result = configSchema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${source}: ${formatPath(issue.path)}: ${describeIssue(issue)}`);
    throw new ConfigError(lines.join('\n'));
  }
  return result.data;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  }
  // zod leaves the input out of issues (it could be a secret); its message says what was received.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return 'is required';
  }
  return issue.message;
}

/** Reads and validates one environments/<name>.yaml file. */
export function loadEnvironmentFile(file: string): Environment {
  const name = path.basename(file, '.yaml');
  const relative = path.relative(process.cwd(), file) || file;
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new ConfigError(`${relative}: the environment name "${name}" must be a DNS label (it becomes a folder and Argo CD names)`);
  }
  const document = YAML.parseDocument(fs.readFileSync(file, 'utf8'), { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ConfigError(document.errors.map((e) => `${relative}: ${e.message}`).join('\n'));
  }
  return { name, config: parseConfig(relative, document.toJS()) };
}

/** Loads every environments/*.yaml, sorted by name so output never depends on directory order. */
export function loadEnvironments(directory: string): Environment[] {
  const files = fs
    .readdirSync(directory)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  if (files.length === 0) {
    throw new ConfigError(`${directory}: no environment files (<name>.yaml) found`);
  }
  return files.map((f) => loadEnvironmentFile(path.join(directory, f)));
}
