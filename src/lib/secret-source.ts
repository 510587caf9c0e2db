import { Construct } from 'constructs';
import {
  ExternalSecretSpecTargetTemplate,
  ExternalSecretSpecTargetTemplateEngineVersion,
  ExternalSecretSpecTargetTemplateMergePolicy,
} from '../../imports/eso-external-secrets.io';
import { PlatformError } from '../platform/errors';

/** A key of a Secret, as pod env `secretKeyRef`s and custom resources name it. */
export interface SecretKeyRef {
  readonly name: string;
  readonly key: string;
}

/** An environment variable's value read from a Secret key, as pod env and charts' `envValueFrom` write it. */
export function fromSecretKey(ref: SecretKeyRef): { secretKeyRef: SecretKeyRef } {
  return { secretKeyRef: { name: ref.name, key: ref.key } };
}

/** A Secret that an ExternalSecret produces in the cluster: its place and keys, never its values. */
export interface SecretSource {
  readonly namespace: string;
  readonly name: string;
  readonly keys: readonly string[];
  /** A reference to one key; an unknown key is an error naming the secret and its keys. */
  keyRef(key: string): SecretKeyRef;
}

/** What both kinds of produced Secret share: where it is, its keys, and checked references to them. */
export abstract class ProducedSecret extends Construct implements SecretSource {
  constructor(
    scope: Construct,
    id: string,
    readonly namespace: string,
    readonly name: string,
    readonly keys: readonly string[],
  ) {
    super(scope, id);
  }

  keyRef(key: string): SecretKeyRef {
    if (!this.keys.includes(key)) {
      throw new PlatformError(`${this.node.path}: secret ${this.namespace}/${this.name} has no key "${key}" (keys: ${this.keys.join(', ')})`);
    }
    return { name: this.name, key };
  }
}

/**
 * The target template of an ExternalSecret: derived keys (ESO template v2) and the Secret type; undefined when there
 * is neither. The derived keys are merged with the fetched ones, unless `onlyTemplate` keeps just the derived keys.
 */
export function targetTemplate(template?: Readonly<Record<string, string>>, type?: string, onlyTemplate = false): ExternalSecretSpecTargetTemplate | undefined {
  if (!template && !type) return undefined;
  return {
    type,
    engineVersion: ExternalSecretSpecTargetTemplateEngineVersion.V2,
    mergePolicy: onlyTemplate ? ExternalSecretSpecTargetTemplateMergePolicy.REPLACE : ExternalSecretSpecTargetTemplateMergePolicy.MERGE,
    data: template ? { ...template } : undefined,
  };
}
