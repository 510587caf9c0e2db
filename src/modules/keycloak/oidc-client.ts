import type { SecretSource } from '../../lib/secret-source';

/** A client role and the groups whose members get it. */
export interface ClientRole {
  readonly name: string;
  readonly groups: readonly string[];
}

/** The claims a client's tokens carry. */
export type ClaimSet =
  /** Group membership as claim `group` (names, not paths), the user name, and user attribute `role_id` as `userid`. */
  | 'standard'
  /** Group membership as claim `groups`, for applications mapping groups to their roles (Grafana). */
  | 'groups';

/** What a module registers to get a confidential OIDC client in the realm. */
export interface OidcClientRegistration {
  /** Client id, unique in the realm. */
  readonly clientId: string;
  /** Hosts users come back to after login: redirect URIs are https://<host>/*. */
  readonly hosts: readonly string[];
  /**
   * Root URL of the application.
   * @default none
   */
  readonly rootUrl?: string;
  /**
   * Whether the client may act on its own behalf (client-credentials grant).
   * @default false
   */
  readonly serviceAccount?: boolean;
  /**
   * Client roles and the groups granted each.
   * @default none
   */
  readonly roles?: readonly ClientRole[];
  /**
   * Claims of the client's tokens.
   * @default 'standard'
   */
  readonly claims?: ClaimSet;
  /**
   * Client scopes of the realm the client may ask for with `scope=` (registered with `registerClientScope`).
   * @default none
   */
  readonly optionalScopes?: readonly string[];
}

/** What a module registers to get a public client: one that holds no secret, such as a command-line or browser app. */
export interface PublicClientRegistration {
  readonly clientId: string;
  /** Hosts users come back to after login: redirect URIs are https://<host>/*. */
  readonly hosts: readonly string[];
  /**
   * Client scopes of the realm the client may ask for.
   * @default none
   */
  readonly optionalScopes?: readonly string[];
}

/** A client scope of the realm: tokens asked for with it name `audience` (a registered client) among their audiences. */
export interface ClientScopeRegistration {
  readonly name: string;
  /** Client id that tokens of this scope are meant for. */
  readonly audience: string;
}

/** A registered client: its id, and its secret, generated in the Keycloak namespace. */
export interface RegisteredClient {
  readonly clientId: string;
  /** Secret in namespace keycloak with key `client-secret`; copy it where the client's users need it. */
  readonly secret: SecretSource;
}
