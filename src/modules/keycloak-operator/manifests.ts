import type { SourcePin } from '../../platform/upstream-sources';

/**
 * keycloak-k8s-resources at the operator's version: its `kubernetes/` folder (operator, RBAC, CRDs), vendored in
 * charts/ (lock.yaml). 26.0.0 is the newest tag that could be vendored here; it has no kustomization of its own.
 */
export const KEYCLOAK_OPERATOR_MANIFESTS: SourcePin = { name: 'keycloak-k8s-resources', version: '26.0.0' };
