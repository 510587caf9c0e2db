import type { SecretSource } from '../../lib/secret-source';

/** What a module asking for a database gets: where to connect and the Secret (in its own namespace) to log in with. */
export interface DatabaseConnection {
  /** Service host of the pooler, fully qualified. */
  readonly host: string;
  readonly port: number;
  /** Database name. */
  readonly database: string;
  /** Role owning the database. */
  readonly username: string;
  /**
   * Secret in the consumer's namespace with keys `username`, `password`, `host`, `port`, `dbname`, `uri`
   * (postgresql://...) and `jdbc-url`.
   */
  readonly secret: SecretSource;
}

/** A database and its owner, as a module asks for them. */
export interface DatabaseRequest {
  /** Database name (lower-case letters, digits and _). */
  readonly database: string;
  /**
   * Owning role, created with login and a generated password.
   * @default the database name
   */
  readonly owner?: string;
}
