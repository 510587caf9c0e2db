import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { GraylogDescription, worldCerealGraylogDescription } from '../src/modules/logging/graylog/graylog-description';

/** The reconciler is the plain JavaScript the Job runs; these are the parts of it the tests use. */
interface Action {
  readonly kind: string;
  readonly title: string;
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly changes: string[];
}
interface ReconcileOptions {
  apiUrl: string;
  admin: { username: string; password: string };
  description: GraylogDescription;
  operatorPassword: string;
  logger: { info(line: string): void; warn(line: string): void };
  retry: { attempts: number; delayMs: number };
}
interface Reconciler {
  reconcile(options: ReconcileOptions): Promise<Action[]>;
  readonly CREATED_MARK: string;
}

const RECONCILER_FILE = path.resolve(__dirname, '../src/modules/logging/graylog/reconciler.js');
const { reconcile, CREATED_MARK } = require(RECONCILER_FILE) as Reconciler;

const ADMIN = { username: 'admin', password: 'admin-secret' };
const OPERATOR_PASSWORD = 'operator-secret';
const SYSLOG_UDP = 'org.graylog2.inputs.syslog.udp.SyslogUDPInput';
const SIZE_ROTATION = 'org.graylog2.indexer.rotation.strategies.SizeBasedRotationStrategy';
const DELETION_RETENTION = 'org.graylog2.indexer.retention.strategies.DeletionRetentionStrategy';
const GIB = 1024 ** 3;

/** An object as the Graylog API holds and returns it. */
type ApiObject = Record<string, any>;

interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly body: any;
  readonly headers: http.IncomingHttpHeaders;
}

interface InjectedFailure {
  readonly method: string;
  readonly path: RegExp;
  readonly when?: (body: any) => boolean;
  readonly status: number;
  readonly message: string;
}

type Answer = readonly [status: number, body?: unknown];
type Handler = (match: RegExpMatchArray, body: any, user: string) => Answer;

const apiError = (status: number, message: string): Answer => [status, { type: 'ApiError', message }];

/**
 * An in-memory Graylog answering the REST endpoints the reconciler uses, with the shapes and rules of Graylog 7
 * (CSRF header on writes, basic auth, wrapped stream creation, streams created paused, ids it generates).
 */
class FakeGraylog {
  static async start(): Promise<FakeGraylog> {
    const fake = new FakeGraylog();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.baseUrl = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}/api`;
    return fake;
  }

  readonly requests: RecordedRequest[] = [];
  readonly inputs: ApiObject[] = [];
  readonly indexSets: ApiObject[] = [];
  readonly streams: ApiObject[] = [];
  readonly users: ApiObject[] = [];
  readonly passwords = new Map<string, string>([[ADMIN.username, ADMIN.password]]);
  headerAuth = { enabled: false, username_header: 'Remote-User' };
  defaultIndexSetId: string;
  /** How many times the load-balancer status answers 503 before Graylog is up. */
  unavailableAnswers = 0;
  private baseUrl = '';
  private readonly failures: InjectedFailure[] = [];
  private nextId = 1;
  private readonly server = http.createServer((request, response) => this.serve(request, response));
  private readonly routes: ReadonlyArray<readonly [string, RegExp, Handler]> = [
    ['GET', /^\/api\/system\/authentication\/http-header-auth-config$/, () => [200, this.headerAuth]],
    ['PUT', /^\/api\/system\/authentication\/http-header-auth-config$/, (_, body) => this.putHeaderAuth(body)],
    ['GET', /^\/api\/users\/([^/]+)$/, (match, _, user) => this.getUser(decodeURIComponent(match[1]), user)],
    ['POST', /^\/api\/users$/, (_, body) => this.createUser(body)],
    ['PUT', /^\/api\/users\/([^/]+)\/password$/, (match, body) => this.changePassword(match[1], body)],
    ['PUT', /^\/api\/users\/([^/]+)$/, (match, body) => this.changeUser(match[1], body)],
    ['GET', /^\/api\/system\/indices\/index_sets$/, () => [200, this.indexSetList()]],
    ['POST', /^\/api\/system\/indices\/index_sets$/, (_, body) => this.createIndexSet(body)],
    ['PUT', /^\/api\/system\/indices\/index_sets\/([^/]+)\/default$/, (match) => this.makeDefault(match[1])],
    ['PUT', /^\/api\/system\/indices\/index_sets\/([^/]+)$/, (match, body) => this.updateIndexSet(match[1], body)],
    ['GET', /^\/api\/system\/inputs$/, () => [200, { inputs: this.inputs, total: this.inputs.length }]],
    ['POST', /^\/api\/system\/inputs$/, (_, body) => this.createInput(body)],
    ['PUT', /^\/api\/system\/inputs\/([^/]+)$/, (match, body) => this.updateInput(match[1], body)],
    ['POST', /^\/api\/system\/inputs\/([^/]+)\/staticfields$/, (match, body) => this.addStaticField(match[1], body)],
    ['GET', /^\/api\/streams$/, () => [200, { total: this.streams.length, streams: this.streams }]],
    ['POST', /^\/api\/streams$/, (_, body) => this.createStream(body)],
    ['PUT', /^\/api\/streams\/([^/]+)$/, (match, body) => this.updateStream(match[1], body)],
    ['POST', /^\/api\/streams\/([^/]+)\/rules$/, (match, body) => this.addRule(match[1], body)],
    ['DELETE', /^\/api\/streams\/([^/]+)\/rules\/([^/]+)$/, (match) => this.deleteRule(match[1], match[2])],
    ['POST', /^\/api\/streams\/([^/]+)\/(resume|pause)$/, (match) => this.setRunning(match[1], match[2] === 'resume')],
  ];

  private constructor() {
    // A fresh Graylog: its default index set, the system index sets and streams, the root user, no inputs.
    const defaultSet = this.seedIndexSet({ title: 'Default index set', index_prefix: 'graylog', shards: 1, replicas: 0 });
    this.defaultIndexSetId = defaultSet.id;
    const events = this.seedIndexSet({ title: 'Graylog Events', index_prefix: 'gl-events', can_be_default: false });
    const systemEvents = this.seedIndexSet({ title: 'Graylog System Events', index_prefix: 'gl-system-events', can_be_default: false });
    this.seedStream({ id: '000000000000000000000001', title: 'Default Stream', is_default: true, index_set_id: defaultSet.id, disabled: false });
    this.seedStream({ id: '000000000000000000000002', title: 'All events', is_editable: false, index_set_id: events.id, disabled: false });
    this.seedStream({ id: '000000000000000000000003', title: 'All system events', is_editable: false, index_set_id: systemEvents.id, disabled: false });
    this.users.push(this.newUser({ username: ADMIN.username, first_name: 'Administrator', last_name: '', email: '', roles: ['Admin'] }, true));
  }

  /** The API base URL, as the Job gets it. */
  get url(): string {
    return this.baseUrl;
  }

  /** The requests that change something. */
  writes(): RecordedRequest[] {
    return this.requests.filter((request) => request.method !== 'GET');
  }

  /** Answers `status` with `message` to the matching requests, as Graylog answers errors. */
  failOn(failure: InjectedFailure): void {
    this.failures.push(failure);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  input(title: string): ApiObject {
    return found(this.inputs.filter((input) => input.title === title), `input ${title}`);
  }

  indexSet(prefix: string): ApiObject {
    return this.indexSetResponse(found(this.indexSets.filter((set) => set.index_prefix === prefix), `index set ${prefix}`));
  }

  stream(title: string): ApiObject {
    return found(this.streams.filter((stream) => stream.title === title), `stream ${title}`);
  }

  user(username: string): ApiObject {
    return found(this.users.filter((user) => user.username === username), `user ${username}`);
  }

  /** An object made by hand in the web interface, not through the API the tests watch. */
  seedIndexSet(fields: ApiObject): ApiObject {
    const indexSet = this.newIndexSet({ ...sizeRotatedIndexSet(fields.index_prefix, 1, 0, GIB, 20), ...fields });
    this.indexSets.push(indexSet);
    return indexSet;
  }

  seedInput(fields: ApiObject): ApiObject {
    const input = this.newInput({ type: SYSLOG_UDP, global: true, ...fields });
    input.static_fields = fields.static_fields ?? {};
    this.inputs.push(input);
    return input;
  }

  seedStream(fields: ApiObject): ApiObject {
    const stream = { ...this.newStream({ matching_type: 'AND', remove_matches_from_default_stream: false, rules: [], ...fields }), ...fields };
    stream.rules = (fields.rules ?? []).map((rule: ApiObject) => this.newRule(stream.id, rule));
    this.streams.push(stream);
    return stream;
  }

  seedUser(fields: ApiObject, password: string): ApiObject {
    const user = this.newUser(fields, false);
    this.users.push(user);
    this.passwords.set(user.username, password);
    return user;
  }

  private id(): string {
    return `66b2f0${(this.nextId++).toString(16).padStart(18, '0')}`;
  }

  private serve(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const method = request.method ?? 'GET';
      const requestPath = (request.url ?? '/').split('?')[0];
      let body: any;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = text;
      }
      this.requests.push({ method, path: requestPath, body, headers: request.headers });
      const [status, answer] = this.answer(method, requestPath, body, request.headers);
      if (typeof answer === 'string') {
        response.writeHead(status, { 'Content-Type': 'text/plain' }).end(answer);
      } else if (answer === undefined) {
        response.writeHead(status).end();
      } else {
        response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(answer));
      }
    });
  }

  private answer(method: string, requestPath: string, body: any, headers: http.IncomingHttpHeaders): Answer {
    if (method === 'GET' && requestPath === '/api/system/lbstatus') {
      if (this.unavailableAnswers > 0) {
        this.unavailableAnswers -= 1;
        return [503, 'DEAD'];
      }
      return [200, 'ALIVE'];
    }
    const user = this.authenticated(headers.authorization);
    if (user === undefined) return [401];
    if (method !== 'GET' && headers['x-requested-by'] === undefined) {
      return apiError(400, 'CSRF protection header is missing. Please add a "X-Requested-By" header to your request.');
    }
    const failure = this.failures.find((candidate) => candidate.method === method && candidate.path.test(requestPath) && (candidate.when?.(body) ?? true));
    if (failure) return apiError(failure.status, failure.message);
    for (const [routeMethod, pattern, handler] of this.routes) {
      const match = requestPath.match(pattern);
      if (routeMethod === method && match) return handler(match, body, user);
    }
    return apiError(404, 'HTTP 404 Not Found');
  }

  private authenticated(authorization: string | undefined): string | undefined {
    if (!authorization?.startsWith('Basic ')) return undefined;
    const [username, ...rest] = Buffer.from(authorization.slice('Basic '.length), 'base64').toString('utf8').split(':');
    return this.passwords.get(username) === rest.join(':') ? username : undefined;
  }

  private putHeaderAuth(body: any): Answer {
    if (typeof body?.enabled !== 'boolean' || typeof body.username_header !== 'string' || body.username_header === '') {
      return apiError(400, 'username_header must not be blank');
    }
    this.headerAuth = { enabled: body.enabled, username_header: body.username_header };
    return [200, this.headerAuth];
  }

  private getUser(username: string, caller: string): Answer {
    const user = this.users.find((candidate) => candidate.username === username);
    if (caller !== ADMIN.username && caller !== username) return apiError(403, `Not allowed to view user ${username}`);
    return user ? [200, user] : apiError(404, `Couldn't find user ${username}`);
  }

  private createUser(body: any): Answer {
    for (const field of ['username', 'password', 'first_name', 'last_name']) {
      if (typeof body?.[field] !== 'string' || body[field] === '') return apiError(400, `${field} must not be empty`);
    }
    if (!Array.isArray(body.permissions)) return apiError(400, 'permissions must not be null');
    if (this.users.some((user) => user.username === body.username)) return apiError(400, `Cannot create user ${body.username}. Username is already taken.`);
    const unknown = (body.roles ?? []).filter((role: string) => !['admin', 'reader'].includes(role.toLowerCase()));
    if (unknown.length > 0) return apiError(400, `Invalid role names: ${unknown.join(', ')}`);
    this.seedUser(body, body.password);
    return [201];
  }

  private newUser(fields: ApiObject, readOnly: boolean): ApiObject {
    return {
      id: this.id(),
      username: fields.username,
      email: fields.email,
      first_name: fields.first_name,
      last_name: fields.last_name,
      full_name: `${fields.first_name} ${fields.last_name}`.trim(),
      permissions: fields.permissions ?? [],
      preferences: {},
      timezone: fields.timezone ?? null,
      session_timeout_ms: 28800000,
      read_only: readOnly,
      external: false,
      startpage: fields.startpage ?? null,
      roles: (fields.roles ?? []).map((role: string) => (role.toLowerCase() === 'admin' ? 'Admin' : 'Reader')),
      account_status: 'enabled',
      service_account: false,
    };
  }

  private changeUser(id: string, body: any): Answer {
    const user = this.users.find((candidate) => candidate.id === id);
    if (!user) return apiError(404, `Couldn't find user ${id}`);
    if (user.read_only) return apiError(400, `Cannot modify readonly user ${user.username}`);
    if (body.email != null) user.email = body.email;
    if (body.first_name != null && body.last_name != null) Object.assign(user, { first_name: body.first_name, last_name: body.last_name });
    if (body.roles != null) user.roles = body.roles.map((role: string) => (role.toLowerCase() === 'admin' ? 'Admin' : 'Reader'));
    // As Graylog does: what the request leaves out is cleared.
    user.timezone = body.timezone ?? null;
    user.startpage = body.startpage ?? null;
    return [204];
  }

  private changePassword(id: string, body: any): Answer {
    const user = this.users.find((candidate) => candidate.id === id);
    if (!user) return apiError(404, `Couldn't find user ${id}`);
    if (typeof body?.password !== 'string' || body.password === '') return apiError(400, 'password must not be empty');
    this.passwords.set(user.username, body.password);
    return [204];
  }

  private indexSetList(): ApiObject {
    return { total: this.indexSets.length, index_sets: this.indexSets.map((set) => this.indexSetResponse(set)), stats: {} };
  }

  private indexSetResponse(indexSet: ApiObject): ApiObject {
    return { ...indexSet, default: indexSet.id === this.defaultIndexSetId };
  }

  private newIndexSet(body: ApiObject): ApiObject {
    return {
      id: this.id(),
      title: body.title,
      description: body.description ?? null,
      index_prefix: body.index_prefix,
      shards: body.shards,
      replicas: body.replicas,
      rotation_strategy_class: body.rotation_strategy_class,
      rotation_strategy: body.rotation_strategy,
      retention_strategy_class: body.retention_strategy_class,
      retention_strategy: body.retention_strategy,
      creation_date: body.creation_date,
      index_analyzer: body.index_analyzer,
      index_optimization_max_num_segments: body.index_optimization_max_num_segments,
      index_optimization_disabled: body.index_optimization_disabled,
      field_type_refresh_interval: body.field_type_refresh_interval,
      index_template_type: null,
      field_type_profile: null,
      writable: body.writable,
      can_be_default: body.can_be_default ?? true,
      use_legacy_rotation: true,
      data_tiering: null,
      field_restrictions: {},
    };
  }

  private createIndexSet(body: any): Answer {
    const missing = INDEX_SET_CREATION_FIELDS.filter((field) => body?.[field] === undefined || body[field] === null);
    if (missing.length > 0) return apiError(400, `Missing required properties ${missing.join(' ')}`);
    const violation = indexSetViolation(body);
    if (violation) return apiError(400, violation);
    const conflict = this.indexSets.find((set) => body.index_prefix.startsWith(set.index_prefix) || set.index_prefix.startsWith(body.index_prefix));
    if (conflict) return apiError(400, `Index prefix '${body.index_prefix}' would conflict with existing index set prefix '${conflict.index_prefix}'`);
    const indexSet = this.newIndexSet(body);
    this.indexSets.push(indexSet);
    return [200, this.indexSetResponse(indexSet)];
  }

  private updateIndexSet(id: string, body: any): Answer {
    const indexSet = this.indexSets.find((candidate) => candidate.id === id);
    if (!indexSet) return apiError(404, `Index set <${id}> not found`);
    const missing = ['id', ...INDEX_SET_UPDATE_FIELDS].filter((field) => body?.[field] === undefined || body[field] === null);
    if (missing.length > 0) return apiError(400, `Missing required properties ${missing.join(' ')}`);
    if (body.id !== id) return apiError(409, 'Mismatch of IDs in URI path and payload');
    const violation = indexSetViolation(body);
    if (violation) return apiError(400, violation);
    if (id === this.defaultIndexSetId && !body.writable) return apiError(409, 'Default index set must be writable.');
    for (const field of [...INDEX_SET_UPDATE_FIELDS, 'description']) indexSet[field] = body[field];
    return [200, this.indexSetResponse(indexSet)];
  }

  private makeDefault(id: string): Answer {
    const indexSet = this.indexSets.find((candidate) => candidate.id === id);
    if (!indexSet) return apiError(404, `Index set <${id}> not found`);
    if (!indexSet.can_be_default || !indexSet.writable) return apiError(409, 'Index set not eligible as default');
    this.defaultIndexSetId = id;
    return [200, this.indexSetResponse(indexSet)];
  }

  private inputRequestViolation(body: any): Answer | undefined {
    if (typeof body?.title !== 'string' || typeof body.type !== 'string' || typeof body.global !== 'boolean' || typeof body.configuration !== 'object') {
      return apiError(400, 'Missing or invalid input configuration.');
    }
    if (body.type !== SYSLOG_UDP) return apiError(404, 'There is no such input type registered.');
    return undefined;
  }

  private newInput(body: ApiObject): ApiObject {
    return {
      title: body.title,
      global: body.global,
      name: 'Syslog UDP',
      content_pack: null,
      created_at: '2026-08-01T12:00:00.000Z',
      type: body.type,
      creator_user_id: ADMIN.username,
      attributes: { ...body.configuration },
      static_fields: {},
      node: null,
      id: this.id(),
    };
  }

  private createInput(body: any): Answer {
    const violation = this.inputRequestViolation(body);
    if (violation) return violation;
    const input = this.newInput(body);
    this.inputs.push(input);
    return [201, { id: input.id }];
  }

  private updateInput(id: string, body: any): Answer {
    const input = this.inputs.find((candidate) => candidate.id === id);
    if (!input) return apiError(404, `Couldn't find input ${id}`);
    const violation = this.inputRequestViolation(body);
    if (violation) return violation;
    Object.assign(input, { title: body.title, type: body.type, global: body.global, attributes: { ...body.configuration } });
    return [201, { id }];
  }

  private addStaticField(id: string, body: any): Answer {
    const input = this.inputs.find((candidate) => candidate.id === id);
    if (!input) return apiError(404, `Input <${id}> not found.`);
    if (typeof body?.key !== 'string' || body.key === '' || typeof body.value !== 'string' || body.value === '') {
      return apiError(400, 'key and value must not be empty');
    }
    input.static_fields[body.key] = body.value;
    return [201];
  }

  private newRule(streamId: string, rule: ApiObject): ApiObject {
    return { field: rule.field, stream_id: streamId, description: rule.description ?? null, id: this.id(), type: rule.type, inverted: rule.inverted,
      value: rule.value };
  }

  private newStream(entity: ApiObject): ApiObject {
    return {
      id: this.id(),
      creator_user_id: ADMIN.username,
      outputs: [],
      matching_type: entity.matching_type ?? 'AND',
      description: entity.description ?? null,
      created_at: '2026-08-01T12:00:00.000Z',
      // Graylog creates streams paused.
      disabled: true,
      rules: [],
      title: entity.title,
      content_pack: null,
      is_default: false,
      remove_matches_from_default_stream: entity.remove_matches_from_default_stream ?? false,
      index_set_id: entity.index_set_id,
      is_editable: true,
      categories: [],
      favorite_fields: [],
    };
  }

  private createStream(body: any): Answer {
    const entity = body?.entity;
    if (typeof entity !== 'object' || entity === null) return apiError(400, 'entity cannot be null');
    if (typeof entity.title !== 'string' || entity.title === '') return apiError(400, 'title must not be empty');
    if (!this.indexSets.some((set) => set.id === entity.index_set_id)) return apiError(400, `Index set with ID <${entity.index_set_id}> does not exist!`);
    const stream = this.newStream(entity);
    stream.rules = (entity.rules ?? []).map((rule: ApiObject) => this.newRule(stream.id, rule));
    this.streams.push(stream);
    return [201, { stream_id: stream.id }];
  }

  private updateStream(id: string, body: any): Answer {
    const stream = this.streams.find((candidate) => candidate.id === id);
    if (!stream) return apiError(404, `Stream <${id}> not found!`);
    if (!stream.is_editable) return apiError(403, 'The stream cannot be edited.');
    for (const field of ['title', 'description', 'matching_type', 'remove_matches_from_default_stream', 'index_set_id']) {
      if (body[field] !== undefined && body[field] !== null) stream[field] = body[field];
    }
    return [200, stream];
  }

  private addRule(streamId: string, body: any): Answer {
    const stream = this.streams.find((candidate) => candidate.id === streamId);
    if (!stream) return apiError(404, `Stream <${streamId}> not found!`);
    if (typeof body?.type !== 'number' || typeof body.field !== 'string') return apiError(400, 'Missing or invalid stream rule');
    const rule = this.newRule(streamId, body);
    stream.rules.push(rule);
    return [201, { streamrule_id: rule.id }];
  }

  private deleteRule(streamId: string, ruleId: string): Answer {
    const stream = this.streams.find((candidate) => candidate.id === streamId);
    const index = stream?.rules.findIndex((rule: ApiObject) => rule.id === ruleId) ?? -1;
    if (!stream || index < 0) return apiError(404, `Stream rule <${ruleId}> not found`);
    stream.rules.splice(index, 1);
    return [204];
  }

  private setRunning(streamId: string, running: boolean): Answer {
    const stream = this.streams.find((candidate) => candidate.id === streamId);
    if (!stream) return apiError(404, `Stream <${streamId}> not found!`);
    stream.disabled = !running;
    return [204];
  }
}

const INDEX_SET_UPDATE_FIELDS = [
  'title', 'shards', 'replicas', 'rotation_strategy_class', 'rotation_strategy', 'retention_strategy_class', 'retention_strategy', 'writable',
  'index_optimization_max_num_segments', 'index_optimization_disabled', 'field_type_refresh_interval',
];
const INDEX_SET_CREATION_FIELDS = [...INDEX_SET_UPDATE_FIELDS, 'index_prefix', 'index_analyzer', 'creation_date'];

function indexSetViolation(body: ApiObject): string | undefined {
  if (!(body.shards >= 1)) return 'shards must be greater than or equal to 1';
  if (!(body.replicas >= 0)) return 'replicas must be greater than or equal to 0';
  if (!(body.field_type_refresh_interval >= 1000)) return 'Index field_type_refresh_interval is too short. It must be 1 second or longer.';
  return undefined;
}

/** The fields of an index set rotated by size and pruned by count, as Graylog's API carries them. */
function sizeRotatedIndexSet(prefix: string, shards: number, replicas: number, maxSize: number, maxIndices: number): ApiObject {
  return {
    title: prefix,
    index_prefix: prefix,
    shards,
    replicas,
    rotation_strategy_class: SIZE_ROTATION,
    rotation_strategy: { type: `${SIZE_ROTATION}Config`, max_size: maxSize },
    retention_strategy_class: DELETION_RETENTION,
    retention_strategy: { type: `${DELETION_RETENTION}Config`, max_number_of_indices: maxIndices },
    creation_date: '2026-08-01T12:00:00.000Z',
    index_analyzer: 'standard',
    index_optimization_max_num_segments: 1,
    index_optimization_disabled: false,
    field_type_refresh_interval: 5000,
    writable: true,
  };
}

function found(objects: ApiObject[], what: string): ApiObject {
  if (objects.length !== 1) throw new Error(`expected one ${what}, found ${objects.length}`);
  return objects[0];
}

const DESCRIPTION = worldCerealGraylogDescription();

interface Run {
  readonly actions: Action[];
  readonly lines: string[];
  readonly warnings: string[];
}

async function run(fake: FakeGraylog, retry = { attempts: 3, delayMs: 5 }, apiUrl = fake.url): Promise<Run> {
  const lines: string[] = [];
  const warnings: string[] = [];
  const actions = await reconcile({
    apiUrl,
    admin: ADMIN,
    description: DESCRIPTION,
    operatorPassword: OPERATOR_PASSWORD,
    logger: { info: (line) => lines.push(line), warn: (line) => warnings.push(line) },
    retry,
  });
  return { actions, lines, warnings };
}

function ruleSet(stream: ApiObject): string[] {
  return stream.rules.map((rule: ApiObject) => `${rule.inverted ? '!' : ''}${rule.field} ${rule.type} ${rule.value}`).sort();
}

/** Runs the reconciler as the Job does, resolving to its exit code and output. */
function runScript(environment: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [RECONCILER_FILE], { env: { PATH: process.env.PATH, ...environment } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('graylog reconciler', () => {
  let fake: FakeGraylog;

  beforeEach(async () => {
    fake = await FakeGraylog.start();
  });

  afterEach(async () => {
    await fake.stop();
  });

  test('a first run creates everything the description has', async () => {
    const { actions, lines } = await run(fake);

    expect(fake.headerAuth).toEqual({ enabled: true, username_header: 'X-Username' });

    const operator = fake.user('operator');
    expect(operator.roles).toEqual(['Admin']);
    expect(fake.passwords.get('operator')).toBe(OPERATOR_PASSWORD);

    const inputs = [
      ['System Logs (Nodes)', 30514, 'system-hosts', 4],
      ['System Logs (Pods)', 31514, 'system-k8s', 4],
      ['Processing Logs', 32514, 'ewoc', 8],
    ] as const;
    expect(fake.inputs).toHaveLength(inputs.length);
    for (const [title, port, source, workers] of inputs) {
      const input = fake.input(title);
      expect(input.type).toBe(SYSLOG_UDP);
      expect(input.global).toBe(true);
      expect(input.attributes).toEqual({ bind_address: '0.0.0.0', port, recv_buffer_size: 2621440, number_worker_threads: workers, allow_override_date: true });
      expect(input.static_fields).toEqual({ input_src: source });
    }

    const system = fake.indexSet('system');
    const ewoc = fake.indexSet('ewoc');
    for (const [indexSet, maxSize] of [[system, GIB], [ewoc, 10 * GIB]] as const) {
      expect(indexSet.shards).toBe(3);
      expect(indexSet.replicas).toBe(1);
      expect(indexSet.writable).toBe(true);
      expect(indexSet.rotation_strategy_class).toBe(SIZE_ROTATION);
      expect(indexSet.rotation_strategy).toEqual({ type: `${SIZE_ROTATION}Config`, max_size: maxSize });
      expect(indexSet.retention_strategy_class).toBe(DELETION_RETENTION);
      expect(indexSet.retention_strategy).toEqual({ type: `${DELETION_RETENTION}Config`, max_number_of_indices: 10 });
      expect(indexSet.description).toContain(CREATED_MARK);
    }
    expect(system.title).toBe('system');
    expect(system.default).toBe(true);
    expect(ewoc.default).toBe(false);

    const systemLogs = fake.stream('System Logs');
    expect(ruleSet(systemLogs)).toEqual(['input_src 1 system-hosts', 'input_src 1 system-k8s']);
    expect(systemLogs.matching_type).toBe('OR');
    expect(systemLogs.index_set_id).toBe(system.id);
    const processingLogs = fake.stream('Processing Logs');
    expect(ruleSet(processingLogs)).toEqual(['input_src 1 ewoc']);
    expect(processingLogs.index_set_id).toBe(ewoc.id);
    for (const stream of [systemLogs, processingLogs]) {
      expect(stream.remove_matches_from_default_stream).toBe(true);
      expect(stream.disabled).toBe(false);
      expect(stream.description).toContain(CREATED_MARK);
    }

    expect(actions.map((action) => `${action.outcome} ${action.kind} ${action.title}`)).toEqual([
      'updated setting HTTP header authentication',
      'created user operator',
      'created index set system',
      'created index set ewoc',
      'created input System Logs (Nodes)',
      'created input System Logs (Pods)',
      'created input Processing Logs',
      'created stream System Logs',
      'created stream Processing Logs',
    ]);
    expect(lines).toContain('created input "Processing Logs"');
    expect(fake.requests.every((request) => request.headers['x-requested-by'] !== undefined)).toBe(true);
  });

  test('a second run makes no write request', async () => {
    await run(fake);
    const firstRun = fake.requests.length;

    const { actions } = await run(fake);

    const secondRun = fake.requests.slice(firstRun);
    expect(secondRun.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.path}`)).toEqual([]);
    expect(actions.filter((action) => action.outcome !== 'unchanged')).toEqual([]);
  });

  test('a half-configured Graylog is completed without touching what was made by hand', async () => {
    const handMadeSet = fake.seedIndexSet({ ...sizeRotatedIndexSet('system', 3, 1, GIB, 10), description: 'made by hand' });
    fake.defaultIndexSetId = handMadeSet.id;
    const handMadeInput = fake.seedInput({
      title: 'System Logs (Nodes)',
      configuration: {
        bind_address: '0.0.0.0', port: 30514, recv_buffer_size: 2621440, number_worker_threads: 4, allow_override_date: true, charset_name: 'UTF-8',
      },
      static_fields: { input_src: 'system-hosts' },
    });
    const unrelatedInput = fake.seedInput({ title: 'Beats', configuration: { port: 5044 } });
    const operator = { username: 'operator', first_name: 'Platform', last_name: 'Operator', email: 'operator@graylog.invalid', roles: ['Admin'] };
    fake.seedUser(operator, OPERATOR_PASSWORD);

    const { actions } = await run(fake);

    const handMadeIds = [handMadeSet.id, handMadeInput.id, unrelatedInput.id, fake.user('operator').id];
    const touching = fake.writes().filter((request) => handMadeIds.some((id) => request.path.includes(id)));
    expect(touching.map((request) => `${request.method} ${request.path}`)).toEqual([]);
    expect(fake.indexSet('system').description).toBe('made by hand');
    expect(fake.input('Beats').attributes).toEqual({ port: 5044 });
    expect(fake.input('System Logs (Nodes)').attributes.charset_name).toBe('UTF-8');
    expect(fake.inputs.map((input) => input.title).sort()).toEqual(['Beats', 'Processing Logs', 'System Logs (Nodes)', 'System Logs (Pods)']);
    expect(fake.indexSet('ewoc').shards).toBe(3);
    expect(fake.stream('Processing Logs').index_set_id).toBe(fake.indexSet('ewoc').id);
    expect(fake.stream('System Logs').index_set_id).toBe(handMadeSet.id);
    const outcomes = Object.fromEntries(actions.map((action) => [`${action.kind} ${action.title}`, action.outcome]));
    expect(outcomes).toMatchObject({
      'user operator': 'unchanged',
      'index set system': 'unchanged',
      'index set ewoc': 'created',
      'input System Logs (Nodes)': 'unchanged',
      'input System Logs (Pods)': 'created',
    });
  });

  test('a drifted index set is corrected, keeping what the description does not decide', async () => {
    await run(fake);
    const stored = fake.indexSets.find((set) => set.index_prefix === 'system') as ApiObject;
    Object.assign(stored, { shards: 1, index_analyzer: 'german' });
    const firstRun = fake.requests.length;

    const { actions } = await run(fake);

    const writes = fake.requests.slice(firstRun).filter((request) => request.method !== 'GET');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([`PUT /api/system/indices/index_sets/${stored.id}`]);
    expect(writes[0].body).toMatchObject({ id: stored.id, shards: 3, replicas: 1, writable: true, field_type_refresh_interval: 5000 });
    const system = fake.indexSet('system');
    expect(system).toMatchObject({ shards: 3, replicas: 1, index_prefix: 'system', index_analyzer: 'german', default: true });
    expect(system.rotation_strategy.max_size).toBe(GIB);
    expect(actions.find((action) => action.title === 'system')).toEqual({ kind: 'index set', title: 'system', outcome: 'updated', changes: ['shards 1 -> 3'] });
  });

  test('a hand-made stream that the description does not have is left alone', async () => {
    const audit = fake.seedStream({ title: 'Audit', description: 'security events', index_set_id: fake.defaultIndexSetId, rules: [
      { field: 'facility', type: 1, value: 'auth', inverted: false },
    ], disabled: true });
    const before = structuredClone(audit);

    await run(fake);
    await run(fake);

    expect(fake.requests.filter((request) => request.path.includes(audit.id))).toEqual([]);
    expect(fake.stream('Audit')).toEqual(before);
  });

  test('only rules of streams the reconciler created are removed', async () => {
    fake.seedIndexSet({ ...sizeRotatedIndexSet('ewoc', 3, 1, 10 * GIB, 10) });
    // "Processing Logs" made by hand, with an extra rule; "System Logs" made by the reconciler, then given one by hand.
    const handMade = fake.seedStream({
      title: 'Processing Logs', description: 'by hand', matching_type: 'AND', remove_matches_from_default_stream: true, disabled: false,
      index_set_id: fake.indexSets.find((set) => set.index_prefix === 'ewoc')?.id,
      rules: [{ field: 'input_src', type: 1, value: 'ewoc', inverted: false }, { field: 'level', type: 4, value: '4', inverted: false }],
    });
    await run(fake);
    const created = fake.stream('System Logs');
    const byHand = { field: 'source', stream_id: created.id, description: null, id: 'ffffffffffffffffffffffff', type: 2, inverted: false, value: '^node-' };
    created.rules.push(byHand);
    const firstRun = fake.requests.length;

    const { warnings, actions } = await run(fake);

    const writes = fake.requests.slice(firstRun).filter((request) => request.method !== 'GET');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([`DELETE /api/streams/${created.id}/rules/ffffffffffffffffffffffff`]);
    expect(ruleSet(fake.stream('System Logs'))).toEqual(['input_src 1 system-hosts', 'input_src 1 system-k8s']);
    expect(ruleSet(fake.stream('Processing Logs'))).toEqual(['input_src 1 ewoc', 'level 4 4']);
    expect(fake.stream('Processing Logs').description).toBe(handMade.description);
    expect(warnings).toEqual([`stream "Processing Logs" was not created by the reconciler: its rule level smaller "4", not in the description, is kept`]);
    expect(actions.find((action) => action.title === 'System Logs')?.changes).toEqual(['rule removed: source regex "^node-"']);
  });

  test('an operator whose password no longer works gets the one of the environment', async () => {
    await run(fake);
    fake.passwords.set('operator', 'changed by hand');
    const firstRun = fake.requests.length;

    const { actions } = await run(fake);

    const writes = fake.requests.slice(firstRun).filter((request) => request.method !== 'GET');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([`PUT /api/users/${fake.user('operator').id}/password`]);
    expect(fake.passwords.get('operator')).toBe(OPERATOR_PASSWORD);
    expect(actions.find((action) => action.kind === 'user')).toMatchObject({ outcome: 'updated', changes: ['password reset'] });
  });

  test('waits for Graylog while it answers 503', async () => {
    fake.unavailableAnswers = 2;

    const { lines } = await run(fake, { attempts: 3, delayMs: 10 });

    expect(fake.requests.filter((request) => request.path === '/api/system/lbstatus')).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('waiting for Graylog'))).toEqual([
      `waiting for Graylog at ${fake.url} (attempt 1 of 3): answered 503 DEAD`,
      `waiting for Graylog at ${fake.url} (attempt 2 of 3): answered 503 DEAD`,
    ]);
    expect(fake.stream('System Logs').disabled).toBe(false);
  });

  test('gives up when Graylog stays unavailable or unreachable', async () => {
    fake.unavailableAnswers = 10;
    await expect(run(fake, { attempts: 2, delayMs: 1 })).rejects.toThrow(
      `Graylog at ${fake.url} is not ready after 2 attempts 1 ms apart (last: answered 503 DEAD)`,
    );
    expect(fake.requests.map((request) => request.path)).toEqual(['/api/system/lbstatus', '/api/system/lbstatus']);

    const closed = await FakeGraylog.start();
    const unreachable = closed.url;
    await closed.stop();
    await expect(run(fake, { attempts: 2, delayMs: 1 }, unreachable)).rejects.toThrow(
      new RegExp(`^Graylog at ${unreachable} is not ready after 2 attempts 1 ms apart \\(last: fetch failed \\(connect ECONNREFUSED`),
    );
  });

  test('an API error names the object, the request and the API message', async () => {
    const message = 'Missing or invalid input configuration.';
    fake.failOn({ method: 'POST', path: /^\/api\/system\/inputs$/, when: (body) => body.title === 'Processing Logs', status: 400, message });

    await expect(run(fake)).rejects.toThrow(`input "Processing Logs": POST /api/system/inputs answered 400: ${message}`);
    expect(fake.inputs.map((input) => input.title)).toEqual(['System Logs (Nodes)', 'System Logs (Pods)']);
  });

  test('as a script, a missing environment variable fails naming it', async () => {
    const result = await runScript({ GRAYLOG_API_URL: fake.url, GRAYLOG_ADMIN_USERNAME: ADMIN.username, GRAYLOG_ADMIN_PASSWORD: ADMIN.password });

    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('graylog reconciler failed: missing environment variables GRAYLOG_OPERATOR_PASSWORD, GRAYLOG_DESCRIPTION_FILE');
    expect(fake.requests).toEqual([]);
  });

  test('as a script, it applies the description file and exits 0', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'graylog-reconciler-'));
    try {
      const file = path.join(directory, 'description.json');
      fs.writeFileSync(file, JSON.stringify(DESCRIPTION));

      const result = await runScript({
        GRAYLOG_API_URL: fake.url,
        GRAYLOG_ADMIN_USERNAME: ADMIN.username,
        GRAYLOG_ADMIN_PASSWORD: ADMIN.password,
        GRAYLOG_OPERATOR_PASSWORD: OPERATOR_PASSWORD,
        GRAYLOG_DESCRIPTION_FILE: file,
      });

      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('created stream "System Logs"');
      expect(result.stdout.trim().split('\n').pop()).toBe('Graylog matches the description (8 created, 1 updated, 0 unchanged)');
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
