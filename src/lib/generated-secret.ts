import { Construct } from 'constructs';
import {
  ExternalSecret,
  ExternalSecretSpecDataFromSourceRefGeneratorRefKind,
  ExternalSecretSpecRefreshPolicy,
  ExternalSecretSpecTargetCreationPolicy,
} from '../../imports/eso-external-secrets.io';
import { Password } from '../../imports/eso-generators.external-secrets.io';
import { PlatformModule } from '../platform/module';
import { ExternalSecretsModule } from '../modules/external-secrets/external-secrets-module';
import { ProducedSecret, targetTemplate } from './secret-source';

export interface GeneratedSecretProps {
  /** Namespace of the Secret. */
  readonly namespace: string;
  /** Name of the Secret. */
  readonly name: string;
  /**
   * Keys that each hold a generated password.
   * @default ['password']
   */
  readonly passwords?: readonly string[];
  /**
   * Password length.
   * @default 32
   */
  readonly length?: number;
  /**
   * Further keys rendered from a template (ESO template v2, sprig functions): `{{ .password }}` is a generated value,
   * so URIs, basic-auth pairs and JSON-quoted values (`{{ .password | toJson }}`) derive from it. Literal text here
   * must not be secret: it is in git.
   * @default none
   */
  readonly template?: Readonly<Record<string, string>>;
  /**
   * Secret type, such as kubernetes.io/basic-auth.
   * @default Opaque
   */
  readonly type?: string;
}

/**
 * A Secret whose passwords are generated in the cluster, once: a `Password` generator and an ExternalSecret with
 * `refreshPolicy: CreatedOnce`, an immutable target, and `creationPolicy: Orphan` so that deleting the
 * ExternalSecret never deletes the credentials that data was protected with. Git holds no value.
 */
export class GeneratedSecret extends ProducedSecret {
  constructor(scope: Construct, id: string, props: GeneratedSecretProps) {
    const passwords = props.passwords ?? ['password'];
    super(scope, id, props.namespace, props.name, [...passwords, ...Object.keys(props.template ?? {})]);
    PlatformModule.of(this).use(ExternalSecretsModule);
    const generator = `${props.name}-generator`;

    new Password(this, 'generator', {
      metadata: { name: generator, namespace: props.namespace },
      // Letters and digits only: the values go into URIs, headers and config files unquoted.
      spec: { length: props.length ?? 32, digits: 8, symbols: 0, noUpper: false, allowRepeat: true, secretKeys: [...passwords] },
    });

    new ExternalSecret(this, 'secret', {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        refreshPolicy: ExternalSecretSpecRefreshPolicy.CREATED_ONCE,
        target: {
          name: props.name,
          creationPolicy: ExternalSecretSpecTargetCreationPolicy.ORPHAN,
          immutable: true,
          template: targetTemplate(props.template, props.type),
        },
        dataFrom: [
          {
            sourceRef: {
              generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind.PASSWORD, name: generator },
            },
          },
        ],
      },
    });
  }

}
