import type { RenderedObject } from './rendered-object';

/**
 * Finds credentials in any rendered string, whatever the object: a Secret is not the only way a value reaches git
 * (a docker config pasted where a store key belongs lands in an ExternalSecret). Findings name the file, the object,
 * the field and the kind of credential, never the value.
 */
export function findCredentials(objects: readonly RenderedObject[]): string[] {
  const findings: string[] = [];
  for (const { file, object } of objects) {
    visitStrings(object, [], (value, path) => {
      const kind = credentialKind(value, path);
      if (kind) findings.push(`${file}: ${object.kind} ${object.metadata?.name}: ${formatFieldPath(path)}: holds ${kind}; credentials must not be in git: name the Secret or store key that holds it instead`);
    });
  }
  return findings;
}

type FieldPath = readonly (string | number)[];

/**
 * Calls `visit` with every string of `value` (map keys included) and its path. The path is one array, extended and
 * shortened as the walk goes (the charts' CRDs hold hundreds of thousands of strings): `visit` must copy it to keep it.
 */
function visitStrings(value: unknown, path: Array<string | number>, visit: (value: string, path: FieldPath) => void): void {
  if (typeof value === 'string') {
    visit(value, path);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitStrings(value[index], path, visit);
      path.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      // A key can carry a value too (a pasted token as a map key).
      visit(key, path);
      visitStrings((value as Record<string, unknown>)[key], path, visit);
      path.pop();
    }
  }
}

function formatFieldPath(path: FieldPath): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(s) ? `${i === 0 ? '' : '.'}${s}` : `[${JSON.stringify(s)}]`)).join('');
}

/** Shapes of credentials with a fixed form, each named as the message says it. */
const SHAPES: ReadonlyArray<[RegExp, string]> = [
  // The header alone is prose (CRD descriptions mention it); a key has a body.
  [/-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY( BLOCK)?-----\s*([\w-]+: [^\n]*\n\s*)*[A-Za-z0-9+/=]{20,}/, 'a PEM private key'],
  [/\b(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/, 'an AWS access key id'],
  [/\bAIza[0-9A-Za-z_-]{35}\b/, 'a Google API key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/, 'a GitHub token'],
  [/\bglpat-[A-Za-z0-9_-]{20,}\b/, 'a GitLab token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}\b/, 'a Slack token'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/, 'a JSON Web Token'],
];

/** Whether any shape may be there: one pass over the text instead of one a shape, for the strings that hold none. */
const ANY_SHAPE = /-----BEGIN|AKIA|ASIA|ABIA|ACCA|AIza|gh[pousr]_|glpat-|xox[abposr]-|eyJ/;

/** Fields whose long base64 is public by design: CA bundles and certificates a webhook or client trusts. */
const PUBLIC_BASE64_FIELDS = /^(caBundle|ca\.crt|tls\.crt|ca-bundle\.crt|certificate|publicKey|public-key)$/;

/** The shortest text a credential fits in: `a://b:c@d`; every shape above is longer. */
const SHORTEST_CREDENTIAL = 9;

/**
 * What each text was found to hold, for fields where long base64 may be public and for the others: every render
 * builds the platform's objects anew, with mostly the same texts (a test run renders the platform hundreds of times,
 * a synth two environments), and the scan is most of a render's checking.
 */
const KINDS = { public: new Map<string, string | undefined>(), other: new Map<string, string | undefined>() };

/** What kind of credential `value` holds, if it holds one. */
export function credentialKind(value: string, path: FieldPath): string | undefined {
  if (value.length < SHORTEST_CREDENTIAL) return undefined;
  const publicBase64 = PUBLIC_BASE64_FIELDS.test(String(path[path.length - 1] ?? ''));
  const known = publicBase64 ? KINDS.public : KINDS.other;
  if (known.has(value)) return known.get(value);
  const kind = scan(value, publicBase64);
  known.set(value, kind);
  return kind;
}

function scan(value: string, publicBase64: boolean): string | undefined {
  if (ANY_SHAPE.test(value)) for (const [pattern, kind] of SHAPES) if (pattern.test(value)) return kind;
  if (isDockerConfig(value)) return 'a docker config with registry credentials';
  if (hasUrlPassword(value)) return 'a URL with a user name and password';
  if (!publicBase64 && hasRandomBase64(value)) return 'a long random base64 string (a key or token)';
  return undefined;
}

/**
 * A docker config JSON (`auths` with an `auth`, `password` or token), as text or pasted as a JSON-looking string.
 * An ESO template building one (`"auth": "{{ ... }}"`) holds no credential: the cluster fills it in.
 */
function isDockerConfig(value: string): boolean {
  if (!value.includes('auths')) return false;
  const literal = (field: unknown) => typeof field === 'string' && field.length > 0 && !field.includes('{{');
  try {
    const auths = JSON.parse(value)?.auths;
    return !!auths && typeof auths === 'object' && Object.values(auths).some((entry: any) => literal(entry?.auth) || literal(entry?.password) || literal(entry?.identitytoken));
  } catch {
    return /"auths"\s*:/.test(value) && /"(auth|password|identitytoken)"\s*:\s*"(?!\{\{)[^"]+"/.test(value);
  }
}

/**
 * `scheme://user:password@host` with a literal password. Templates (`{{ .password }}`), environment references
 * (`$(DB_PASSWORD)`, `${PASSWORD}`) and empty passwords are placeholders filled in the cluster, not credentials.
 */
function hasUrlPassword(value: string): boolean {
  const pattern = /\b[a-z][a-z0-9+.-]*:\/\/([^\s:/@]+):([^\s@/]+)@[^\s@]/gi;
  for (const match of value.matchAll(pattern)) {
    const password = match[2];
    if (!/\{\{|\$\(|\$\{|^\*+$/.test(password)) return true;
  }
  return false;
}

/**
 * A run of 40 or more base64 characters mixing upper case, lower case and digits with the entropy of random bytes.
 * Hex digests (checksums, image digests, commit ids) stay below it: hex carries at most 4 bits a character. SSH
 * public keys (`ssh-ed25519 AAAA...`, as in known_hosts) are public.
 */
function hasRandomBase64(value: string): boolean {
  for (const match of value.matchAll(/[A-Za-z0-9+/_-]{40,}={0,2}/g)) {
    const run = match[0];
    if (SSH_PUBLIC_KEY_TYPE.test(value.slice(Math.max(0, (match.index ?? 0) - 40), match.index))) continue;
    if (/[A-Z]/.test(run) && /[a-z]/.test(run) && /[0-9]/.test(run) && entropy(run) > 4.5) return true;
  }
  return false;
}

const SSH_PUBLIC_KEY_TYPE = /(ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+) $/;

/** Shannon entropy in bits a character. */
function entropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
