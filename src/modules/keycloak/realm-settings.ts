/** A group of the realm and the realm roles its members get. */
export interface RealmGroup {
  readonly name: string;
  readonly realmRoles: readonly string[];
}

/** The typed settings of a realm, apart from the clients that modules register. */
export interface RealmSettings {
  readonly name: string;
  /** Whether TLS is required: `external` requires it for all but private addresses. */
  readonly sslRequired: 'all' | 'external' | 'none';
  readonly registrationAllowed: boolean;
  /** Access token lifetime, seconds. */
  readonly accessTokenLifespan: number;
  /** SSO session idle timeout, seconds. */
  readonly ssoSessionIdleTimeout: number;
  /** SSO session maximum lifetime, seconds. */
  readonly ssoSessionMaxLifespan: number;
  readonly realmRoles: readonly string[];
  readonly groups: readonly RealmGroup[];
}

/** The WorldCereal realm of the original deployment (FACTS.md); client roles come with the clients that define them. */
export const WORLDCEREAL_REALM: RealmSettings = {
  name: 'worldcereal',
  sslRequired: 'external',
  registrationAllowed: false,
  accessTokenLifespan: 300,
  ssoSessionIdleTimeout: 1800,
  ssoSessionMaxLifespan: 36000,
  realmRoles: ['super_admin', 'admin', 'user'],
  groups: [
    { name: 'ewoc_admin', realmRoles: ['admin'] },
    { name: 'ewoc_platform_admin', realmRoles: ['super_admin'] },
    { name: 'ewoc_user', realmRoles: ['user'] },
    { name: 'rdm_users', realmRoles: [] },
  ],
};
