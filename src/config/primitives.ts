import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { QUANTITY_PATTERN, quantityValue } from '../lib/quantity';

/**
 * Field types shared by the configuration sections, each with the format Kubernetes, Git or OCI gives the value
 * and the message users see when it is wrong. Every string that reaches a manifest has one of these: free text
 * would land in dist/ as it is.
 */

const DNS_LABEL = '[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?';

export const dnsName = z
  .string()
  // The last label (a top-level domain) is never all digits: that would be an IP address.
  .regex(new RegExp(`^(?=.{1,253}$)(${DNS_LABEL}\\.)+[a-z]([-a-z0-9]{0,61}[a-z0-9])?$`), {
    message: 'must be a lower-case DNS name with at least two labels, such as cloud.example.org',
  });

export const dnsLabel = z.string().regex(new RegExp(`^${DNS_LABEL}$`), {
  message: 'must be a DNS label: lower-case letters, digits and "-", at most 63 characters',
});

/** A Kubernetes object name (DNS subdomain): StorageClass, Secret, ClusterSecretStore names. */
export const objectName = z.string().regex(new RegExp(`^(?=.{1,253}$)${DNS_LABEL}(\\.${DNS_LABEL})*$`), {
  message: 'must be a Kubernetes object name: lower-case DNS labels joined by ".", at most 253 characters',
});

/** A storage class name, the same rule wherever one is given. */
export const storageClassName = objectName;

export const exactVersion = z.string().regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, {
  message: 'must be an exact version such as 1.21.1 (ranges are not reproducible)',
});

/** A size or an amount of memory: every one the platform takes must be more than nothing. */
export const quantity = z
  .string()
  .regex(QUANTITY_PATTERN, { message: 'must be a Kubernetes quantity such as 30Gi', abort: true })
  .refine((value) => (quantityValue(value) as number) > 0, { message: 'must be more than zero' });

/** An IPv4 or IPv6 network, such as 10.0.0.0/8: written by its own address, not by one inside it (10.1.2.3/8). */
export const cidr = z.union([z.cidrv4(), z.cidrv6()], { error: () => 'must be a network in CIDR notation, such as 10.0.0.0/8' }).superRefine((network, ctx) => {
  const [address, length] = ipaddr.parseCIDR(network);
  const own = address.kind() === 'ipv4' ? ipaddr.IPv4.networkAddressFromCIDR(network) : ipaddr.IPv6.networkAddressFromCIDR(network);
  if (own.toNormalizedString() === address.toNormalizedString()) return;
  ctx.addIssue({
    code: 'custom',
    message: `has host bits set: ${network.split('/')[0]} is an address inside the network; write the network's own address (${own.toString()}/${length}), or /${address.kind() === 'ipv4' ? 32 : 128} for that one address`,
  });
});

export const replicas = (description: string, fallback: number) =>
  z.number().int({ message: 'must be a whole number' }).min(1, { message: 'must be at least 1' }).max(15, { message: 'must be at most 15' }).default(fallback).describe(description);

/** Label key: an optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export const labelKey = z.string().refine(
  (key) => {
    const slash = key.lastIndexOf('/');
    const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
    const name = key.slice(slash + 1);
    return (prefix === undefined || objectName.safeParse(prefix).success) && /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(name);
  },
  { message: 'must be a Kubernetes label key: an optional DNS prefix and "/", then at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit, such as system-tag' },
);

/** Label value, non-empty: what node selectors and node affinities match. */
export const labelValue = z.string().regex(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, {
  message: 'must be a Kubernetes label value: at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
});

/** An availability zone: it becomes a node-affinity value, so a label value. */
export const zoneName = z.string().regex(/^[a-z0-9]([-a-z0-9_.]{0,61}[a-z0-9])?$/, {
  message: 'must be an availability zone name such as eu-central-1a or nova (lower-case letters, digits, "-", "_", ".")',
});

/** Filesystems the CSI drivers the platform names format and mount. */
export const fsType = z.enum(['ext3', 'ext4', 'xfs', 'btrfs'], { message: 'must be one of ext3, ext4, xfs, btrfs' });

/** OCI distribution: repository path components under the registry host, lower case. */
const REPOSITORY_COMPONENT = '[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*';

export const imageRepository = z.string().regex(new RegExp(`^(?=.{1,255}$)${REPOSITORY_COMPONENT}(/${REPOSITORY_COMPONENT})*$`), {
  message: 'must be an image repository path such as world-cereal/kong-oidc (lower-case components joined by "/")',
});

export const imageTag = z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/, {
  message: 'must be an image tag: at most 128 letters, digits, "_", "." or "-", not starting with "." or "-"',
});

export const imageDigest = z
  .string()
  .regex(/^sha256:[a-f0-9]{64}$/, { message: 'must be an image digest: sha256: and 64 lower-case hexadecimal digits' })
  .describe('Digest of the image (sha256:...): the image is pulled by it; the tag only says which release it is.');

/** An exact image tag: it names one release (MAJOR.MINOR.PATCH, with any suffix), never a moving one. */
export const exactImageTag = imageTag.refine((tag) => /^v?\d+\.\d+\.\d+/.test(tag) && !/latest/i.test(tag), {
  message: 'must be the exact tag of a release, such as 1.27.3-alpine (not latest, not a moving 1.27)',
});

/** localhost, a DNS name or an IPv4 address: what registry and URL hosts may be. */
function isHostName(host: string): boolean {
  return host === 'localhost' || dnsName.safeParse(host).success || /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/.test(host);
}

/** A TCP or UDP port number: a whole number from 1 to 65535. */
export function isPortNumber(port: unknown): boolean {
  return Number.isInteger(port) && (port as number) >= 1 && (port as number) <= 65535;
}

/** A port name as Kubernetes takes it (IANA service name): at most 15 lower-case letters, digits and single dashes, with a letter. */
export function isPortName(name: unknown): boolean {
  return typeof name === 'string' && /^(?=.{1,15}$)(?=.*[a-z])[a-z0-9]+(-[a-z0-9]+)*$/.test(name);
}

/** A port written after a host, when one is given. */
function isPortOrAbsent(port: string | undefined): boolean {
  return port === undefined || isPortNumber(Number(port));
}

/** A host and optional port, without scheme or path: s3.eu-central-1.amazonaws.com or minio.example.org:9000. */
export const hostWithPort = z.string().refine(
  (value) => {
    const match = /^([^/:]+)(?::(\d{1,5}))?$/.exec(value);
    return !!match && isHostName(match[1]) && isPortOrAbsent(match[2]);
  },
  { message: 'must be a host with an optional port (1 to 65535), without scheme or path, such as s3.eu-central-1.amazonaws.com or minio.example.org:9000' },
);

/** A registry host, optional port and optional repository prefix: registry.example.org:5000/worldcereal. */
export const registryHost = z.string().refine(
  (value) => {
    const match = /^([^/:]+)(:(\d{1,5}))?(\/(.+))?$/.exec(value);
    if (!match) return false;
    const [, host, , port, , prefix] = match;
    return isHostName(host) && isPortOrAbsent(port) && (prefix === undefined || imageRepository.safeParse(prefix).success);
  },
  { message: 'must be a registry host with an optional port and repository prefix, such as 123456789012.dkr.ecr.eu-central-1.amazonaws.com or registry.example.org:5000/worldcereal' },
);

/** Parses an absolute URL whose text has no whitespace or control characters (URL parsing would encode them). */
function parseUrl(value: string): URL | undefined {
  if (/[\s\x00-\x1f\x7f]/.test(value) || !URL.canParse(value)) return undefined;
  return new URL(value);
}

const hostOf = (url: URL) => isHostName(url.hostname);

/** An https:// URL naming a DNS host, with no credentials in it (they would be committed with the tree). */
export const httpsUrl = z.string().superRefine((value, ctx) => {
  const url = parseUrl(value);
  if (!url || url.protocol !== 'https:' || !hostOf(url)) {
    ctx.addIssue({ code: 'custom', message: 'must be an https:// URL' });
  } else if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password: credentials never go into git' });
  }
});

/**
 * A git repository URL: https:// or ssh://, or the scp-like git@host:path. A user name is allowed for ssh (git@),
 * a password never is.
 */
export const gitUrl = z.string().superRefine((value, ctx) => {
  const scp = /^([a-z_][a-z0-9_-]*)@([^:/\s]+):([^\s]+)$/.exec(value);
  if (scp) {
    if (!dnsName.safeParse(scp[2]).success) ctx.addIssue({ code: 'custom', message: `must be a git URL: "${scp[2]}" is not a host name` });
    return;
  }
  const url = parseUrl(value);
  if (!url || !['https:', 'ssh:'].includes(url.protocol) || !hostOf(url) || url.pathname.length <= 1) {
    ctx.addIssue({ code: 'custom', message: 'must be a git URL (https://, ssh:// or git@host:path)' });
  } else if (url.password || (url.protocol === 'https:' && url.username)) {
    ctx.addIssue({ code: 'custom', message: 'must not carry a user name or password: give Argo CD the credentials with `argocd repo add`, never in git' });
  }
});

/** The rules of `git check-ref-format` a branch or tag name breaks, each with what to say; a commit id breaks none. */
const REF_RULES: ReadonlyArray<[(ref: string) => boolean, string]> = [
  [(ref) => ref.length === 0, 'is empty'],
  [(ref) => /[\x00-\x20\x7f~^:?*[\\]/.test(ref), 'contains a space, a control character or one of ~ ^ : ? * [ \\'],
  [(ref) => ref.includes('..'), 'contains ".."'],
  [(ref) => ref.includes('@{') || ref === '@', 'contains "@{" or is "@"'],
  [(ref) => ref.startsWith('-'), 'starts with "-"'],
  [(ref) => ref.startsWith('/') || ref.endsWith('/') || ref.includes('//'), 'has an empty path component'],
  [(ref) => ref.endsWith('.') || ref.split('/').some((c) => c.startsWith('.') || c.endsWith('.lock')), 'has a component starting with "." or ending with ".lock" or "."'],
];

export const gitRevision = z.string().superRefine((value, ctx) => {
  const broken = REF_RULES.find(([breaks]) => breaks(value));
  if (broken) ctx.addIssue({ code: 'custom', message: `must be a git branch, tag or commit such as main or v1.2.0; this one ${broken[1]}` });
});

/** A folder inside the repository: relative, no hidden, "." or ".." components. */
export const repositoryPath = z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/, {
  message: 'must be a relative path without leading or trailing "/" and no component starting with ".", such as dist',
});

/** A key or property in an external secret store: a path, never the secret itself. */
export const secretStoreKey = z.string().regex(/^[A-Za-z0-9_.][A-Za-z0-9_./@+=:-]{0,511}$/, {
  message: 'must be a key in the secret store such as registry/worldcereal (letters, digits and _ . / @ + = : -): the store holds the value, this file only names it',
});

/** An s3:// bucket, optionally with a prefix. */
export const s3Path = z.string().regex(/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/[A-Za-z0-9!_.*'()\/-]*)?$/, {
  message: 'must be an s3:// bucket path such as s3://ewoc-backups/postgres',
});

/** A list without repeats: a repeated entry is always a mistake in these lists. */
export function uniqueList<T extends z.ZodType<string>>(item: T) {
  return z.array(item).superRefine((values, ctx) => {
    values.forEach((value, index) => {
      const first = values.indexOf(value);
      if (first !== index) ctx.addIssue({ code: 'custom', path: [index], message: `repeats [${first}] "${value}"` });
    });
  });
}

/**
 * Where values an operator provides come from, never the values: a Secret they create in `namespace`, or a key of a
 * ClusterSecretStore whose properties are `keys`.
 */
export function operatorSecretSource(namespace: string, keys: readonly string[]) {
  return z.union(
    [
      z.strictObject({ secret: objectName.describe(`Secret in namespace ${namespace} with keys ${keys.join(', ')}, created by an operator.`) }),
      z.strictObject({
        store: objectName.describe('ClusterSecretStore holding the values.'),
        key: secretStoreKey.describe(`Key in the store whose properties ${keys.join(', ')} hold the values.`),
      }),
    ],
    { error: `must be either {secret: <name of a Secret in ${namespace}>} or {store: <ClusterSecretStore>, key: <key in it>}` },
  );
}
