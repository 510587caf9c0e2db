import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { suggestField } from './field-suggestion';
import { z } from 'zod';
import type { PlatformConfig } from './schema';
import { MAX_APPLICATION_NAME, rootApplicationName } from '../gitops/conventions';

/** A named environment and its validated configuration. */
export interface Environment {
  /** Environment name: the file name without extension, and the folder under dist/. */
  readonly name: string;
  /** The file it was read from, as messages name it (relative to the working directory). */
  readonly file: string;
  /** The configuration with defaults applied: the shared fields, and the module sections by their field. */
  readonly config: EnvironmentConfig;
}

/** A parsed environment file: the shared fields typed, module sections read through the modules' settings. */
export type EnvironmentConfig = PlatformConfig & Record<string, unknown>;

/** The schema environment files are checked with (`configSchemaFor` the registered modules). */
export type ConfigSchema = z.ZodType<EnvironmentConfig>;

/** Bad configuration: the message names the file, the field and the reason. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/** The environment files of a folder, and the files there that are not environments (said, never silently skipped). */
export interface EnvironmentFiles {
  readonly files: readonly string[];
  readonly ignored: readonly string[];
}

const ENVIRONMENT_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const EXTENSIONS = ['.yaml', '.yml'];
/** Files that live beside the environments on purpose: the editor schema. */
const COMPANIONS = new Set(['schema.json']);

/** Renders a zod path as users write it: `pvRecovery.volumes[0].size`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : `${i === 0 ? '' : '.'}${String(s)}`))
    .join('') || '(root)';
}

/**
 * Validates a configuration object; `source` names where it came from in error messages. With the YAML document
 * it was read from, a number where text was expected is explained as YAML read it (1.30 becomes 1.3).
 */
export function parseConfig(source: string, input: unknown, schema: ConfigSchema, document?: YAML.Document): EnvironmentConfig {
  const result = schema.safeParse(input);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${source}: ${formatPath(issue.path)}: ${describeIssue(issue, input, document, schema)}`);
    throw new ConfigError(lines.join('\n'));
  }
  return result.data;
}

/**
 * What is wrong with a value, in the words of the messages users see (`is required`, `unknown field "x"`). With the
 * schema, an unknown field close to a known one of its map is taken for a typo of it.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, document?: YAML.Document, schema?: z.ZodType): string {
  if (issue.code === 'unrecognized_keys') {
    const named = (key: string) => {
      const meant = schema && suggestField(schema, issue.path, key);
      return meant ? `"${key}" (did you mean "${meant}"?)` : `"${key}"`;
    };
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map(named).join(', ')}`;
  }
  const value = valueAt(input, issue.path);
  const written = typeof value === 'number' && document ? sourceText(document, issue.path) : undefined;
  // Quoting helps where text is wanted, or where the text as written is one of the values the field takes.
  const quotingHelps = issue.code === 'invalid_type' ? issue.expected === 'string' : issue.code === 'invalid_value' && issue.values.map(String).includes(written ?? String(value));
  // zod's own wording for a list of values, in the words of the other messages.
  const message = issue.code === 'invalid_value' && issue.message.startsWith('Invalid option') ? `must be one of ${issue.values.map(String).join(', ')}` : issue.message;
  if (typeof value === 'number' && document && quotingHelps) {
    const readAs = written !== undefined && written !== String(value) ? `YAML read ${written} as the number ${value}` : `YAML read it as the number ${value}`;
    return `${readAs}; quote it ("${written ?? value}")${issue.code === 'invalid_value' ? `: the field ${message}` : ''}`;
  }
  if (issue.code === 'invalid_value') return message;
  // zod leaves the input out of issues (it could be a secret); its message says what was received.
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) {
    return 'is required';
  }
  // zod's own wording only: a schema's message of its own says more (a range, a unit).
  if (issue.code === 'invalid_type' && EXPECTED_TYPE[issue.expected] && issue.message.startsWith('Invalid input')) {
    return `must be ${typeof value === 'number' && issue.expected === 'number' ? 'a finite number' : EXPECTED_TYPE[issue.expected]}, not ${writtenAs(value, document && sourceText(document, issue.path))}`;
  }
  return issue.message;
}

/** What a field of each type holds, in the words of an environment file. */
const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  object: 'a map of fields',
  array: 'a list',
};

/** What a wrong value is: as written when it is a number, a boolean or null; only its kind otherwise (text may be a secret). */
function writtenAs(value: unknown, written: string | undefined): string {
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a map';
  if (typeof value === 'string') return 'text';
  if (value === null && !written) return 'empty';
  return written || String(value);
}

function valueAt(input: unknown, segments: readonly PropertyKey[]): unknown {
  let value: any = input;
  for (const segment of segments) value = value?.[segment as any];
  return value;
}

/** The text of a scalar as written in the file. */
function sourceText(document: YAML.Document, segments: readonly PropertyKey[]): string | undefined {
  const node = document.getIn(segments as unknown[], true);
  return YAML.isScalar(node) ? node.source : undefined;
}

/** Reads a file's text; problems with the file itself become plain messages saying what to do. */
function readText(file: string, relative: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw new ConfigError(`${relative}: ${describeFileError(error as NodeJS.ErrnoException)}`);
  }
  const line = firstInvalidUtf8Line(bytes);
  if (line !== undefined) {
    throw new ConfigError(`${relative}: line ${line}: is not valid UTF-8 (a stray byte from another encoding?); save the file as UTF-8`);
  }
  return bytes.toString('utf8');
}

function describeFileError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'cannot be read: it is a symbolic link to a file that does not exist; fix or remove the link';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied; make it readable (chmod u+r)';
    case 'EISDIR':
      return 'is a directory, not an environment file; rename or remove it';
    case 'ELOOP':
      return 'cannot be read: its symbolic links form a loop; fix or remove the link';
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

/** The 1-based line of the first byte sequence that is not UTF-8, if any. */
function firstInvalidUtf8Line(bytes: Buffer): number | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const end = bytes.indexOf(0x0a, start);
    const stop = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(start, stop));
    } catch {
      return line;
    }
    if (end < 0) return undefined;
    start = end + 1;
    line++;
  }
  return undefined;
}

/**
 * Reads and validates one environments/<name>.yaml (or .yml) file. Messages name it by its folder and name, as the
 * project does, wherever synth was started from.
 */
export function loadEnvironmentFile(file: string, schema: ConfigSchema): Environment {
  const name = path.basename(file).replace(/\.ya?ml$/, '');
  const relative = path.join(path.basename(path.dirname(file)), path.basename(file));
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new ConfigError(`${relative}: the environment name "${name}" must be a DNS label (it becomes a folder and Argo CD names)`);
  }
  const root = rootApplicationName(name);
  if (root.length > MAX_APPLICATION_NAME) {
    throw new ConfigError(
      `${relative}: the environment name "${name}" is too long: its root Application "${root}" has ${root.length} characters, and Argo CD ` +
        `labels what an Application deploys with its name, at most ${MAX_APPLICATION_NAME}; use at most ${MAX_APPLICATION_NAME - root.length + name.length} characters`,
    );
  }
  const document = parseYaml(readText(file, relative), relative);
  return { name, file: relative, config: parseConfig(relative, document.toJS({ maxAliasCount: 0 }), schema, document) };
}

/**
 * One YAML document, or a message naming the file. Aliases are refused: an environment has no use for them, and
 * expanding them is how a small file becomes a huge one (an alias bomb).
 */
function parseYaml(text: string, relative: string): YAML.Document {
  const known = READ_DOCUMENTS.get(text);
  if (known) return known;
  const documents = YAML.parseAllDocuments(text, { prettyErrors: true, uniqueKeys: true });
  if (documents.length === 0 || (documents.length === 1 && documents[0].contents === null)) {
    throw new ConfigError(`${relative}: is empty; an environment file holds one configuration (see docs/configuration.md)`);
  }
  if (documents.length > 1) {
    throw new ConfigError(`${relative}: holds ${documents.length} YAML documents (separated by "---"); an environment file holds exactly one`);
  }
  const [document] = documents;
  if (document.errors.length > 0) {
    // Nesting deep enough to exhaust the parser's stack is not a typo to point at: say what it is, once. The parser
    // reports the exhausted stack wherever it ran out (composing a collection, or resolving a scalar's tag), as many
    // times as its stack allows, and nothing else it reports then is worth reading.
    const exhausted = document.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION' || e.message.startsWith('Maximum call stack size exceeded'));
    if (exhausted) {
      throw new ConfigError(`${relative}: line ${exhausted.linePos?.[0].line ?? '?'}: nests values too deeply to be read (an environment file is a few levels deep)`);
    }
    throw new ConfigError([...new Set(document.errors.map((e) => `${relative}: ${e.message}`))].join('\n'));
  }
  let alias: YAML.Alias | undefined;
  let tagged: YAML.Scalar | YAML.YAMLMap | YAML.YAMLSeq | undefined;
  YAML.visit(document, {
    Alias(_key, node) {
      alias = node;
      return YAML.visit.BREAK;
    },
    Node(_key, node) {
      if (YAML.isAlias(node) || !node.tag || PLAIN_TAGS.has(node.tag)) return undefined;
      tagged = node;
      return YAML.visit.BREAK;
    },
  });
  const at = (range?: readonly number[] | null) => (range ? ` line ${lineOf(text, range[0])}:` : '');
  if (alias) {
    throw new ConfigError(`${relative}:${at(alias.range)} uses a YAML alias (*${alias.source}); write the value out instead (aliases are refused: they can expand a small file without bound)`);
  }
  if (tagged) {
    const tag = String(tagged.tag).replace('tag:yaml.org,2002:', '!!');
    throw new ConfigError(`${relative}:${at(tagged.range)} uses the YAML tag ${tag}; an environment file holds plain values (text, numbers, booleans, lists, maps): write the value without it`);
  }
  READ_DOCUMENTS.set(text, document);
  return document;
}

/**
 * Texts this process found to be one plain YAML document, with the document (read, never changed): a process that
 * synthesizes many times, as the tests do, parses each environment file once.
 */
const READ_DOCUMENTS = new Map<string, YAML.Document>();

/** Tags that only say what a plain value already is (`!!str 1.30`); any other tag would be dropped or mistaken. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The environment files of a folder, sorted by name so output never depends on directory order. Both .yaml and
 * .yml count, hidden files do not; two files for one environment are refused; other files are reported as ignored.
 */
export function findEnvironmentFiles(directory: string): EnvironmentFiles {
  const relativeDir = path.basename(directory);
  let entries: string[];
  try {
    entries = fs.readdirSync(directory);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    const reason = code === 'ENOENT' ? 'does not exist; create it with one <name>.yaml per environment'
      : code === 'ENOTDIR' ? 'is not a directory; it must hold one <name>.yaml per environment'
      : describeFileError(error as NodeJS.ErrnoException);
    throw new ConfigError(`${relativeDir}/: ${reason}`);
  }
  const byName = new Map<string, string>();
  const ignored: string[] = [];
  for (const entry of entries.sort()) {
    const extension = EXTENSIONS.find((e) => entry.endsWith(e));
    // Hidden files are an editor's (an Emacs lock `.#test.yaml`) or set aside on purpose, never an environment.
    if (!extension || entry.startsWith('.')) {
      if (!COMPANIONS.has(entry)) ignored.push(`${relativeDir}/${entry}`);
      continue;
    }
    const name = entry.slice(0, -extension.length);
    const other = byName.get(name);
    if (other) {
      throw new ConfigError(`${relativeDir}/: ${other} and ${entry} both define environment "${name}"; keep one`);
    }
    byName.set(name, entry);
  }
  if (byName.size === 0) {
    throw new ConfigError(`${relativeDir}/: no environment files (<name>.yaml) found`);
  }
  const files = [...byName.keys()].sort().map((name) => path.join(directory, byName.get(name) as string));
  return { files, ignored };
}

/** Loads every environment of a folder; every file's problems are reported, not only the first file's. */
export function loadEnvironments(directory: string, schema: ConfigSchema): Environment[] {
  const { files } = findEnvironmentFiles(directory);
  const environments: Environment[] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      environments.push(loadEnvironmentFile(file, schema));
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems.join('\n'));
  return environments;
}
