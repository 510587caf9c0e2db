import type { KeycloakRealmImportSpecRealmClientsProtocolMappers } from '../../../imports/keycloak-k8s.keycloak.org';
import type { ClaimSet } from './oidc-client';

const OIDC = 'openid-connect';
const inTokens = { 'id.token.claim': 'true', 'access.token.claim': 'true', 'userinfo.token.claim': 'true' };

function groupMembership(claim: string): KeycloakRealmImportSpecRealmClientsProtocolMappers {
  return { name: claim, protocol: OIDC, protocolMapper: 'oidc-group-membership-mapper', config: { ...inTokens, 'claim.name': claim, 'full.path': 'false' } };
}

/** The protocol mappers of a claim set (the mappers of the original realm). */
export function protocolMappers(claims: ClaimSet): KeycloakRealmImportSpecRealmClientsProtocolMappers[] {
  if (claims === 'groups') return [groupMembership('groups')];
  return [
    groupMembership('group'),
    {
      name: 'username',
      protocol: OIDC,
      protocolMapper: 'oidc-usermodel-property-mapper',
      config: { ...inTokens, 'user.attribute': 'username', 'claim.name': 'username', 'jsonType.label': 'String' },
    },
    {
      name: 'userid',
      protocol: OIDC,
      protocolMapper: 'oidc-usermodel-attribute-mapper',
      config: { ...inTokens, 'user.attribute': 'role_id', 'claim.name': 'userid', 'jsonType.label': 'String' },
    },
  ];
}
