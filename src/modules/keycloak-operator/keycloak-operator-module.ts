import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KEYCLOAK_OPERATOR_MANIFESTS } from './manifests';

/**
 * The Keycloak operator from its upstream manifests (keycloak-k8s-resources, `kubernetes/` at a pinned tag), built
 * by kustomize into namespace keycloak with the operator pinned to the system nodes by a patch.
 */
export class KeycloakOperatorModule extends PlatformModule {
  static readonly id = 'keycloak-operator';
  static readonly summary = 'the Keycloak operator from keycloak-k8s-resources (kustomize)';

  constructor(platform: Platform) {
    // Its CRDs (the Keycloak one embeds a pod template) are applied server-side, clear of the annotation limit.
    super(platform, {
      namespace: 'keycloak',
      sync: { serverSideApply: true },
      podSecurity: { level: 'baseline', reason: "the operator's upstream manifests set no seccomp profile, capability drop or non-root user" },
    });
    this.declareOperatorPods('k8s.keycloak.org_Keycloak', 'spec.scheduling');
    const pin = [{ op: 'add', path: '/spec/template/spec/nodeSelector', value: this.placement.nodeSelector() }];
    this.addKustomization({
      source: KEYCLOAK_OPERATOR_MANIFESTS,
      patches: [{ target: { kind: 'Deployment', name: 'keycloak-operator' }, patch: JSON.stringify(pin) }],
    });
  }
}
