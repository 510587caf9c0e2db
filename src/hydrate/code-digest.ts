import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Digest of the code that turns a rendered source into cached objects: this folder, the credential scan run before
 * caching, and the serializer of the cached text. Part of every cache key, so changing that code re-renders.
 */
export const CODE_DIGEST = digestOf([
  ...fs.readdirSync(__dirname).filter((file) => /\.[jt]s$/.test(file)).sort().map((file) => path.join(__dirname, file)),
  path.join(__dirname, '..', 'platform', 'credential-scan.ts'),
  path.join(__dirname, '..', 'platform', 'serialize.ts'),
  path.join(__dirname, '..', 'platform', 'file-names.ts'),
]);

function digestOf(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(fs.existsSync(file) ? fs.readFileSync(file) : `missing ${path.basename(file)}`);
  return hash.digest('hex').slice(0, 16);
}
