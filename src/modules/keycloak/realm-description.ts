import type {
  KeycloakRealmImportSpecRealm,
  KeycloakRealmImportSpecRealmClients,
  KeycloakRealmImportSpecRealmClientScopes,
} from '../../../imports/keycloak-k8s.keycloak.org';
import { PlatformError } from '../../platform/errors';
import type { ClientScopeRegistration, OidcClientRegistration, PublicClientRegistration } from './oidc-client';
import { protocolMappers } from './protocol-mappers';
import type { RealmSettings } from './realm-settings';

/** A client as the realm describes it: confidential ones carry the name of the variable their secret comes from. */
type Client =
  | { readonly kind: 'confidential'; readonly registration: OidcClientRegistration; readonly secretVariable: string }
  | { readonly kind: 'public'; readonly registration: PublicClientRegistration };

const CLIENT_ID = /^[a-z][a-z0-9-]*$/;

/**
 * The realm as a description Keycloak's realm representation can be written from: the typed settings plus the
 * clients and client scopes modules register. Registration checks what it can at once; references between
 * registrations (a scope's audience, a client's optional scopes) are checked when the realm is written, once
 * every module has registered.
 */
export class RealmDescription {
  private readonly clients = new Map<string, Client>();
  private readonly scopes = new Map<string, ClientScopeRegistration>();

  constructor(readonly settings: RealmSettings) {
    // keycloak-config-cli would refuse these at sync time; the realm's own settings are checked before any client.
    const repeated = (names: readonly string[]) => names.find((name, index) => names.indexOf(name) !== index);
    const realm = `realm ${settings.name}`;
    const role = repeated(settings.realmRoles);
    if (role !== undefined) throw new PlatformError(`${realm}: realm role "${role}" is declared twice`);
    const group = repeated(settings.groups.map((g) => g.name));
    if (group !== undefined) throw new PlatformError(`${realm}: group "${group}" is declared twice`);
    for (const { name, realmRoles } of settings.groups) {
      const unknown = realmRoles.find((granted) => !settings.realmRoles.includes(granted));
      if (unknown !== undefined) throw new PlatformError(`${realm}: group "${name}" is granted realm role "${unknown}", which the realm does not have (realm roles: ${settings.realmRoles.join(', ')})`);
    }
  }

  /** Adds a confidential client. */
  addConfidentialClient(registration: OidcClientRegistration): void {
    this.checkNew(registration.clientId, registration.hosts);
    const where = this.where(registration.clientId);
    const groups = new Set(this.settings.groups.map((g) => g.name));
    const roleNames = new Set<string>();
    for (const role of registration.roles ?? []) {
      if (roleNames.has(role.name)) throw new PlatformError(`${where}: role "${role.name}" is declared twice`);
      roleNames.add(role.name);
      for (const group of role.groups) {
        if (!groups.has(group)) throw new PlatformError(`${where}: role "${role.name}" is granted to group "${group}", which the realm does not have (groups: ${[...groups].join(', ')})`);
      }
    }
    const secretVariable = `CLIENT_SECRET_${registration.clientId.toUpperCase().replace(/-/g, '_')}`;
    this.clients.set(registration.clientId, { kind: 'confidential', registration, secretVariable });
  }

  /** Adds a public client: no secret, standard flow only. */
  addPublicClient(registration: PublicClientRegistration): void {
    this.checkNew(registration.clientId, registration.hosts);
    this.clients.set(registration.clientId, { kind: 'public', registration });
  }

  /** Adds a client scope adding a client to the audience of tokens. */
  addClientScope(scope: ClientScopeRegistration): void {
    if (!CLIENT_ID.test(scope.name)) throw new PlatformError(`realm ${this.settings.name}: client scope "${scope.name}": the name must be lower-case letters, digits and "-"`);
    if (this.scopes.has(scope.name)) throw new PlatformError(`realm ${this.settings.name}: client scope "${scope.name}": registered twice`);
    this.scopes.set(scope.name, scope);
  }

  /** The confidential clients, sorted by id, with the variables their secrets come from. */
  secretVariables(): Array<{ clientId: string; variable: string }> {
    return this.sortedClients().flatMap((c) => (c.kind === 'confidential' ? [{ clientId: c.registration.clientId, variable: c.secretVariable }] : []));
  }

  /**
   * The realm representation; a client's secret is written as `secretReference(variable)`, the syntax of whatever
   * resolves it in the cluster, so no secret value is ever part of the description.
   */
  representation(secretReference: (variable: string) => string): KeycloakRealmImportSpecRealm {
    this.checkReferences();
    const { settings } = this;
    const clients = this.sortedClients();
    const rolesOf = (client: Client) => (client.kind === 'confidential' ? (client.registration.roles ?? []) : []);
    const clientRolesOf = (group: string) => {
      const granted: Record<string, string[]> = {};
      for (const client of clients) {
        const roles = rolesOf(client).filter((r) => r.groups.includes(group)).map((r) => r.name);
        if (roles.length > 0) granted[client.registration.clientId] = roles;
      }
      return Object.keys(granted).length > 0 ? granted : undefined;
    };
    const clientRoles = Object.fromEntries(
      clients.filter((c) => rolesOf(c).length > 0).map((c) => [c.registration.clientId, rolesOf(c).map((r) => ({ name: r.name }))]),
    );
    return {
      realm: settings.name,
      enabled: true,
      sslRequired: settings.sslRequired,
      registrationAllowed: settings.registrationAllowed,
      accessTokenLifespan: settings.accessTokenLifespan,
      ssoSessionIdleTimeout: settings.ssoSessionIdleTimeout,
      ssoSessionMaxLifespan: settings.ssoSessionMaxLifespan,
      roles: {
        realm: settings.realmRoles.map((name) => ({ name })),
        client: Object.keys(clientRoles).length > 0 ? clientRoles : undefined,
      },
      groups: settings.groups.map((g) => ({ name: g.name, path: `/${g.name}`, realmRoles: [...g.realmRoles], clientRoles: clientRolesOf(g.name) })),
      clientScopes: this.scopes.size > 0 ? [...this.scopes.keys()].sort().map((name) => this.clientScope(this.scopes.get(name) as ClientScopeRegistration)) : undefined,
      clients: clients.map((c) => this.client(c, secretReference)),
    };
  }

  private where(clientId: string): string {
    return `realm ${this.settings.name}: client "${clientId}"`;
  }

  private checkNew(clientId: string, hosts: readonly string[]): void {
    const where = this.where(clientId);
    if (!CLIENT_ID.test(clientId)) throw new PlatformError(`${where}: the id must be lower-case letters, digits and "-"`);
    if (this.clients.has(clientId)) throw new PlatformError(`${where}: registered twice`);
    if (hosts.length === 0) throw new PlatformError(`${where}: needs at least one host to redirect to`);
  }

  private checkReferences(): void {
    const registered = () => [...this.clients.keys()].sort().join(', ');
    for (const scope of this.scopes.values()) {
      if (!this.clients.has(scope.audience)) {
        throw new PlatformError(`realm ${this.settings.name}: client scope "${scope.name}" adds audience "${scope.audience}", a client that no module registers (registered: ${registered()})`);
      }
    }
    for (const { registration } of this.clients.values()) {
      for (const scope of registration.optionalScopes ?? []) {
        if (!this.scopes.has(scope)) {
          const known = [...this.scopes.keys()].sort().join(', ') || 'none';
          throw new PlatformError(`${this.where(registration.clientId)}: optional scope "${scope}" is not a client scope of the realm (client scopes: ${known})`);
        }
      }
    }
  }

  private sortedClients(): Client[] {
    return [...this.clients.keys()].sort().map((id) => this.clients.get(id) as Client);
  }

  private clientScope(scope: ClientScopeRegistration): KeycloakRealmImportSpecRealmClientScopes {
    return {
      name: scope.name,
      protocol: 'openid-connect',
      attributes: { 'include.in.token.scope': 'true', 'display.on.consent.screen': 'false' },
      protocolMappers: [
        {
          name: `audience-${scope.audience}`,
          protocol: 'openid-connect',
          protocolMapper: 'oidc-audience-mapper',
          config: { 'included.client.audience': scope.audience, 'access.token.claim': 'true', 'id.token.claim': 'false' },
        },
      ],
    };
  }

  private client(client: Client, secretReference: (variable: string) => string): KeycloakRealmImportSpecRealmClients {
    const { registration } = client;
    const common = {
      clientId: registration.clientId,
      name: registration.clientId,
      enabled: true,
      protocol: 'openid-connect',
      standardFlowEnabled: true,
      redirectUris: registration.hosts.map((host) => `https://${host}/*`),
      webOrigins: ['+'],
      optionalClientScopes: registration.optionalScopes && registration.optionalScopes.length > 0 ? [...registration.optionalScopes] : undefined,
    };
    if (client.kind === 'public') {
      return { ...common, publicClient: true, directAccessGrantsEnabled: false, serviceAccountsEnabled: false };
    }
    const confidential = client.registration;
    return {
      ...common,
      publicClient: false,
      clientAuthenticatorType: 'client-secret',
      secret: secretReference(client.secretVariable),
      directAccessGrantsEnabled: true,
      serviceAccountsEnabled: confidential.serviceAccount ?? false,
      rootUrl: confidential.rootUrl,
      protocolMappers: protocolMappers(confidential.claims ?? 'standard'),
    };
  }
}
