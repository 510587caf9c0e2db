// @ts-check
/**
 * Makes a Graylog server match a configuration description, through the Graylog REST API (Graylog 6.3 and later).
 *
 * Run by the Graylog configuration Job on every Argo CD sync, as is, in a plain `node` (>= 20) image: no dependencies,
 * and no import of the TypeScript that builds the description (graylog-description.ts, whose shapes the typedefs
 * below repeat).
 *
 * It creates what is missing, corrects what drifted and writes nothing when Graylog already matches. Objects are
 * found by username, input title, index set prefix and stream title. It marks what it creates with a fixed phrase
 * in the description (index sets, streams; Graylog inputs have no description), and deletes nothing but rules of
 * a stream it created that the description no longer has.
 *
 * Environment, when run as a script (all required):
 *   GRAYLOG_API_URL             the API base URL, e.g. http://graylog.logging.svc:9000/api
 *   GRAYLOG_ADMIN_USERNAME      the root user the reconciler authenticates as (basic auth)
 *   GRAYLOG_ADMIN_PASSWORD      its password
 *   GRAYLOG_OPERATOR_PASSWORD   the password the operator user is given (and reset to when it differs)
 *   GRAYLOG_DESCRIPTION_FILE    the JSON file of the description
 * Exits 0 when Graylog matches the description, 1 with the reason on standard error otherwise.
 */
'use strict';

const fs = require('node:fs');

/**
 * @typedef {{ enabled: boolean, usernameHeader: string }} HeaderAuthentication
 * @typedef {{ username: string, firstName: string, lastName: string, email: string, roles: string[] }} User
 * @typedef {{ title: string, type: string, configuration: Record<string, string | number | boolean>, staticFields: Record<string, string> }} Input
 * @typedef {{ strategy: 'size', maxSizeBytes: number }} Rotation
 * @typedef {{ strategy: 'delete', maxIndices: number }} Retention
 * @typedef {{
 *   indexPrefix: string, title: string, description: string, shards: number, replicas: number,
 *   rotation: Rotation, retention: Retention, default: boolean,
 * }} IndexSet
 * @typedef {'exact' | 'regex' | 'greater' | 'smaller' | 'presence' | 'contains'} StreamRuleType
 * @typedef {{ field: string, type: StreamRuleType, value: string, inverted: boolean }} StreamRule
 * @typedef {{
 *   title: string, description: string, indexSetPrefix: string, matchingType: 'AND' | 'OR', rules: StreamRule[],
 *   removeMatchesFromDefaultStream: boolean, started: boolean,
 * }} Stream
 * @typedef {{
 *   headerAuthentication: HeaderAuthentication, operator: User, inputs: Input[], indexSets: IndexSet[], streams: Stream[],
 * }} Description
 *
 * @typedef {{ info(line: string): void, warn(line: string): void }} Logger
 * @typedef {{ attempts: number, delayMs: number }} RetrySettings
 * @typedef {object} ReconcileOptions
 * @property {string} apiUrl the API base URL, ending in `/api`
 * @property {{ username: string, password: string }} admin credentials of a user allowed to change everything
 * @property {Description} description the wanted configuration
 * @property {string} operatorPassword the password of the operator user
 * @property {Logger} logger receives one line per object and per wait
 * @property {RetrySettings} retry how often and how far apart to ask whether Graylog is up
 * @property {number} [requestTimeoutMs] how long one request may take (default 30 s)
 *
 * @typedef {'created' | 'updated' | 'unchanged'} Outcome
 * @typedef {{ kind: string, title: string, outcome: Outcome, changes: string[] }} Action
 *
 * @typedef {Record<string, any>} ApiObject an object as the Graylog API returns it
 */

/** The phrase marking an index set or stream as created by this reconciler: only such a stream may lose rules. */
const CREATED_MARK = '[created by the ewoc-platform Graylog reconciler]';

/** Graylog refuses writes without this header (CSRF protection); it also names the caller in Graylog's logs. */
const REQUESTED_BY = 'ewoc-platform-graylog-reconciler';

const DEFAULT_REQUEST_TIMEOUT_MS = 30000;

/** Long enough for a cold Graylog (OpenSearch via the Data Node, MongoDB) to come up: 60 x 5 s. */
const SCRIPT_RETRY = { attempts: 60, delayMs: 5000 };

const REQUIRED_ENVIRONMENT = ['GRAYLOG_API_URL', 'GRAYLOG_ADMIN_USERNAME', 'GRAYLOG_ADMIN_PASSWORD', 'GRAYLOG_OPERATOR_PASSWORD', 'GRAYLOG_DESCRIPTION_FILE'];

const SIZE_ROTATION_CLASS = 'org.graylog2.indexer.rotation.strategies.SizeBasedRotationStrategy';
const DELETION_RETENTION_CLASS = 'org.graylog2.indexer.retention.strategies.DeletionRetentionStrategy';

/** Graylog's numeric stream rule types. */
const STREAM_RULE_TYPES = { exact: 1, regex: 2, greater: 3, smaller: 4, presence: 5, contains: 6 };

/** Index set settings the description leaves to Graylog's own defaults, required when creating one. */
const INDEX_SET_DEFAULTS = {
  index_analyzer: 'standard',
  index_optimization_max_num_segments: 1,
  index_optimization_disabled: false,
  field_type_refresh_interval: 5000,
  writable: true,
};

/** An answer of the Graylog API that the reconciler did not expect. */
class GraylogApiError extends Error {}

/** A thin client of the Graylog REST API that names the object concerned in every error. */
class GraylogApi {
  /**
   * @param {string} apiUrl
   * @param {{ username: string, password: string }} admin
   * @param {number} requestTimeoutMs
   */
  constructor(apiUrl, admin, requestTimeoutMs) {
    this.apiUrl = apiUrl.replace(/\/+$/, '');
    this.authorization = basicAuthorization(admin.username, admin.password);
    this.requestTimeoutMs = requestTimeoutMs;
  }

  /**
   * Sends one request; network failures throw, any HTTP status is returned.
   * @param {string} method
   * @param {string} path relative to the API base URL, starting with `/`
   * @param {{ body?: unknown, authorization?: string | null }} [options] `authorization: null` sends none
   * @returns {Promise<{ status: number, body: any, text: string }>}
   */
  async send(method, path, options = {}) {
    /** @type {Record<string, string>} */
    const headers = { Accept: 'application/json', 'X-Requested-By': REQUESTED_BY };
    const authorization = options.authorization === undefined ? this.authorization : options.authorization;
    if (authorization !== null) headers.Authorization = authorization;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(this.apiUrl + path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(this.requestTimeoutMs),
    });
    const text = await response.text();
    let body = null;
    try {
      body = text === '' ? null : JSON.parse(text);
    } catch {
      // Not JSON (e.g. lbstatus answers plain text): callers use `text`.
    }
    return { status: response.status, body, text };
  }

  /**
   * Sends one request and returns the answer's body, failing unless the status is one of `expected`.
   * @param {string} subject the object concerned, for error messages (`input "Processing Logs"`)
   * @param {string} method
   * @param {string} path
   * @param {unknown} [body]
   * @param {number[]} [expected]
   * @returns {Promise<any>}
   */
  async call(subject, method, path, body, expected = [200, 201, 204]) {
    const answer = await this.answer(subject, method, path, body, expected);
    return answer.body;
  }

  /**
   * Like `call`, returning the status too (for lookups that may answer 404).
   * @param {string} subject
   * @param {string} method
   * @param {string} path
   * @param {unknown} body
   * @param {number[]} expected
   * @param {string | null} [authorization]
   */
  async answer(subject, method, path, body, expected, authorization) {
    const where = `${method} ${new URL(this.apiUrl + path).pathname}`;
    let answer;
    try {
      answer = await this.send(method, path, { body, authorization });
    } catch (error) {
      throw new GraylogApiError(`${subject}: ${where} failed: ${describeNetworkError(error)}`);
    }
    if (!expected.includes(answer.status)) {
      throw new GraylogApiError(`${subject}: ${where} answered ${answer.status}: ${apiMessage(answer.body, answer.text)}`);
    }
    return answer;
  }
}

/**
 * Applies the description to Graylog; resolves to what was done to each object.
 * @param {ReconcileOptions} options
 * @returns {Promise<Action[]>}
 */
async function reconcile(options) {
  const { description, logger } = options;
  checkDescription(description);
  const api = new GraylogApi(options.apiUrl, options.admin, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  await waitUntilReady(api, options.retry, logger);

  /** @type {Action[]} */
  const actions = [];
  /** @param {Action} action */
  const record = (action) => {
    actions.push(action);
    const details = action.changes.length > 0 ? `: ${action.changes.join('; ')}` : '';
    logger.info(`${action.outcome} ${action.kind} "${action.title}"${details}`);
  };

  record(await reconcileHeaderAuthentication(api, description.headerAuthentication));
  record(await reconcileUser(api, description.operator, options.operatorPassword));
  const indexSets = await reconcileIndexSets(api, description.indexSets, record);
  await reconcileInputs(api, description.inputs, record);
  await reconcileStreams(api, description.streams, indexSets, record, logger);
  return actions;
}

/**
 * Fails early, naming the field, on a description the reconciler cannot apply unambiguously.
 * @param {Description} description
 */
function checkDescription(description) {
  if (description === null || typeof description !== 'object') throw new Error('description: expected an object');
  for (const field of ['inputs', 'indexSets', 'streams']) {
    if (!Array.isArray(/** @type {any} */ (description)[field])) throw new Error(`description.${field}: expected a list`);
  }
  if (typeof description.headerAuthentication !== 'object' || description.headerAuthentication === null) {
    throw new Error('description.headerAuthentication: expected an object');
  }
  if (typeof description.operator?.username !== 'string' || description.operator.username === '') {
    throw new Error('description.operator.username: expected a user name');
  }
  /**
   * @param {string} field
   * @param {string[]} keys
   */
  const unique = (field, keys) => {
    const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
    if (duplicate !== undefined) throw new Error(`description.${field}: "${duplicate}" appears twice`);
  };
  unique('inputs', description.inputs.map((input) => input.title));
  // One socket per transport, address and port: a second input there (syslog or GELF alike) would fail to bind, at run
  // time. Graylog's UDP inputs say so in their class name; the others listen on TCP.
  const bound = new Map();
  for (const input of description.inputs) {
    const port = input.configuration?.port;
    if (port === undefined) continue;
    const at = `${/UDP/.test(input.type) ? 'UDP' : 'TCP'} on ${input.configuration.bind_address ?? '0.0.0.0'}:${port}`;
    if (bound.has(at)) throw new Error(`description.inputs: "${input.title}" and "${bound.get(at)}" are both ${at}; give each its own port`);
    bound.set(at, input.title);
  }
  unique('indexSets', description.indexSets.map((indexSet) => indexSet.indexPrefix));
  unique('streams', description.streams.map((stream) => stream.title));
  const defaults = description.indexSets.filter((indexSet) => indexSet.default);
  if (defaults.length > 1) {
    throw new Error(`description.indexSets: only one index set can be the default, not ${defaults.map((set) => `"${set.indexPrefix}"`).join(' and ')}`);
  }
  for (const stream of description.streams) {
    for (const rule of stream.rules) {
      if (!Object.hasOwn(STREAM_RULE_TYPES, rule.type)) throw new Error(`description.streams "${stream.title}": unknown rule type "${rule.type}"`);
    }
  }
}

/**
 * Asks the load-balancer status until Graylog answers: it is unreachable or answers 5xx while it starts.
 * @param {GraylogApi} api
 * @param {RetrySettings} retry
 * @param {Logger} logger
 */
async function waitUntilReady(api, retry, logger) {
  const attempts = Math.max(1, retry.attempts);
  for (let attempt = 1; ; attempt += 1) {
    let reason;
    try {
      // Unauthenticated on purpose in Graylog; 429 (THROTTLED) means a full journal, not an unusable API.
      const answer = await api.send('GET', '/system/lbstatus', { authorization: null });
      if (answer.status === 200 || answer.status === 429) return;
      if (answer.status < 500) {
        const where = `GET ${new URL(api.apiUrl).pathname}/system/lbstatus`;
        throw new GraylogApiError(`Graylog: ${where} answered ${answer.status}: ${apiMessage(answer.body, answer.text)}`);
      }
      reason = `answered ${answer.status} ${answer.text.trim()}`.trim();
    } catch (error) {
      if (error instanceof GraylogApiError) throw error;
      reason = describeNetworkError(error);
    }
    if (attempt >= attempts) {
      throw new GraylogApiError(`Graylog at ${api.apiUrl} is not ready after ${attempts} attempts ${retry.delayMs} ms apart (last: ${reason})`);
    }
    logger.info(`waiting for Graylog at ${api.apiUrl} (attempt ${attempt} of ${attempts}): ${reason}`);
    await new Promise((resolve) => setTimeout(resolve, retry.delayMs));
  }
}

/**
 * @param {GraylogApi} api
 * @param {HeaderAuthentication} wanted
 * @returns {Promise<Action>}
 */
async function reconcileHeaderAuthentication(api, wanted) {
  const subject = 'HTTP header authentication';
  const path = '/system/authentication/http-header-auth-config';
  const current = await api.call(subject, 'GET', path);
  const body = { enabled: wanted.enabled, username_header: wanted.usernameHeader };
  const changes = differences(current, body, Object.keys(body));
  if (changes.length > 0) await api.call(subject, 'PUT', path, body);
  return { kind: 'setting', title: subject, outcome: changes.length > 0 ? 'updated' : 'unchanged', changes };
}

/**
 * Creates the user, or corrects its names, e-mail and roles, and resets its password when it does not log in.
 * @param {GraylogApi} api
 * @param {User} wanted
 * @param {string} password
 * @returns {Promise<Action>}
 */
async function reconcileUser(api, wanted, password) {
  const subject = `user "${wanted.username}"`;
  const userPath = `/users/${encodeURIComponent(wanted.username)}`;
  const found = await api.answer(subject, 'GET', userPath, undefined, [200, 404]);
  const fields = { first_name: wanted.firstName, last_name: wanted.lastName, email: wanted.email };
  if (found.status === 404) {
    await api.call(subject, 'POST', '/users', {
      username: wanted.username,
      password,
      ...fields,
      permissions: [],
      roles: wanted.roles,
      service_account: false,
    });
    return { kind: 'user', title: wanted.username, outcome: 'created', changes: [] };
  }
  const current = found.body;
  const changes = differences(current, fields, Object.keys(fields));
  if (!sameNames(current.roles ?? [], wanted.roles)) changes.push(`roles ${JSON.stringify(current.roles)} -> ${JSON.stringify(wanted.roles)}`);
  if (changes.length > 0) {
    // Graylog clears the time zone and start page when a change leaves them out: send them back as they are.
    await api.call(subject, 'PUT', `/users/${current.id}`, {
      ...fields,
      roles: wanted.roles,
      timezone: current.timezone ?? null,
      startpage: current.startpage ?? null,
    });
  }
  // A password cannot be read back: try it. Asking for itself is a read, so a matching password writes nothing.
  const login = await api.answer(subject, 'GET', userPath, undefined, [200, 401], basicAuthorization(wanted.username, password));
  if (login.status === 401) {
    await api.call(subject, 'PUT', `/users/${current.id}/password`, { password });
    changes.push('password reset');
  }
  return { kind: 'user', title: wanted.username, outcome: changes.length > 0 ? 'updated' : 'unchanged', changes };
}

/**
 * Creates or corrects the index sets and makes the default one the default; resolves to every index set Graylog has.
 * @param {GraylogApi} api
 * @param {IndexSet[]} wantedSets
 * @param {(action: Action) => void} record
 * @returns {Promise<ApiObject[]>}
 */
async function reconcileIndexSets(api, wantedSets, record) {
  const listPath = '/system/indices/index_sets';
  /** @type {ApiObject[]} */
  const existing = (await api.call('index sets', 'GET', listPath)).index_sets;
  for (const wanted of wantedSets) {
    const subject = `index set "${wanted.indexPrefix}"`;
    const settings = indexSetSettings(wanted);
    const current = single(subject, existing.filter((indexSet) => indexSet.index_prefix === wanted.indexPrefix));
    let indexSet;
    /** @type {Outcome} */
    let outcome;
    /** @type {string[]} */
    const changes = [];
    if (current === undefined) {
      indexSet = await api.call(subject, 'POST', listPath, {
        ...INDEX_SET_DEFAULTS,
        ...settings,
        description: withCreatedMark(wanted.description),
        index_prefix: wanted.indexPrefix,
        creation_date: new Date().toISOString(),
      });
      existing.push(indexSet);
      outcome = 'created';
    } else {
      // The description of an index set made by hand stays as written: rewriting it would mark the set as ours.
      const fields = { ...settings, description: isCreatedByReconciler(current) ? withCreatedMark(wanted.description) : current.description };
      changes.push(...differences(current, fields, Object.keys(fields)));
      if (changes.length > 0) {
        // Graylog wants the whole index set back and ignores the fields it does not take (id, prefix, creation date).
        indexSet = await api.call(subject, 'PUT', `${listPath}/${current.id}`, { ...current, ...fields });
        existing[existing.indexOf(current)] = indexSet;
      } else {
        indexSet = current;
      }
      outcome = changes.length > 0 ? 'updated' : 'unchanged';
    }
    if (wanted.default && !indexSet.default) {
      const madeDefault = await api.call(subject, 'PUT', `${listPath}/${indexSet.id}/default`);
      for (const other of existing) other.default = other.id === madeDefault.id;
      if (outcome === 'created') changes.push('made the default');
      else changes.push('default false -> true');
      if (outcome === 'unchanged') outcome = 'updated';
    }
    record({ kind: 'index set', title: wanted.indexPrefix, outcome, changes });
  }
  return existing;
}

/**
 * The fields of an index set the description decides, as the Graylog API names them.
 * @param {IndexSet} wanted
 */
function indexSetSettings(wanted) {
  return {
    title: wanted.title,
    shards: wanted.shards,
    replicas: wanted.replicas,
    writable: true,
    // Graylog 6 added data tiering; `use_legacy_rotation` keeps the rotation and retention strategies below in charge.
    use_legacy_rotation: true,
    rotation_strategy_class: SIZE_ROTATION_CLASS,
    rotation_strategy: { type: `${SIZE_ROTATION_CLASS}Config`, max_size: wanted.rotation.maxSizeBytes },
    retention_strategy_class: DELETION_RETENTION_CLASS,
    retention_strategy: { type: `${DELETION_RETENTION_CLASS}Config`, max_number_of_indices: wanted.retention.maxIndices },
  };
}

/**
 * Creates or corrects the inputs and their static fields; static fields the description does not name are kept.
 * @param {GraylogApi} api
 * @param {Input[]} wantedInputs
 * @param {(action: Action) => void} record
 */
async function reconcileInputs(api, wantedInputs, record) {
  /** @type {ApiObject[]} */
  const existing = (await api.call('inputs', 'GET', '/system/inputs')).inputs;
  for (const wanted of wantedInputs) {
    const subject = `input "${wanted.title}"`;
    const current = single(subject, existing.filter((input) => input.title === wanted.title));
    /** @type {string[]} */
    const changes = [];
    let id;
    if (current === undefined) {
      const body = { title: wanted.title, type: wanted.type, global: true, configuration: wanted.configuration };
      ({ id } = await api.call(subject, 'POST', '/system/inputs', body));
    } else {
      id = current.id;
      const attributes = current.attributes ?? {};
      changes.push(...differences(current, { type: wanted.type, global: true }, ['type', 'global']));
      changes.push(...differences(attributes, wanted.configuration, Object.keys(wanted.configuration)));
      if (changes.length > 0) {
        // Graylog replaces the whole configuration: keep the settings the description leaves out.
        const configuration = { ...attributes, ...wanted.configuration };
        await api.call(subject, 'PUT', `/system/inputs/${id}`, { title: wanted.title, type: wanted.type, global: true, configuration });
      }
    }
    const staticFields = current?.static_fields ?? {};
    for (const [key, value] of Object.entries(wanted.staticFields)) {
      if (staticFields[key] === value) continue;
      // Adding a static field replaces one of the same name.
      await api.call(subject, 'POST', `/system/inputs/${id}/staticfields`, { key, value });
      if (current !== undefined) changes.push(`static field ${key} ${JSON.stringify(staticFields[key] ?? null)} -> ${JSON.stringify(value)}`);
    }
    record({ kind: 'input', title: wanted.title, outcome: current === undefined ? 'created' : changes.length > 0 ? 'updated' : 'unchanged', changes });
  }
}

/**
 * Creates or corrects the streams and their rules, then starts them.
 * @param {GraylogApi} api
 * @param {Stream[]} wantedStreams
 * @param {ApiObject[]} indexSets every index set Graylog has
 * @param {(action: Action) => void} record
 * @param {Logger} logger
 */
async function reconcileStreams(api, wantedStreams, indexSets, record, logger) {
  /** @type {ApiObject[]} */
  const existing = (await api.call('streams', 'GET', '/streams')).streams;
  for (const wanted of wantedStreams) {
    const subject = `stream "${wanted.title}"`;
    const indexSet = indexSets.find((candidate) => candidate.index_prefix === wanted.indexSetPrefix);
    if (indexSet === undefined) throw new Error(`${subject}: Graylog has no index set with prefix "${wanted.indexSetPrefix}"`);
    const settings = {
      matching_type: wanted.matchingType,
      remove_matches_from_default_stream: wanted.removeMatchesFromDefaultStream,
      index_set_id: indexSet.id,
    };
    const rules = wanted.rules.map((rule) => ({ field: rule.field, type: STREAM_RULE_TYPES[rule.type], value: rule.value, inverted: rule.inverted }));
    const current = single(subject, existing.filter((stream) => stream.title === wanted.title));
    /** @type {string[]} */
    const changes = [];
    let id;
    let running;
    if (current === undefined) {
      // Since Graylog 6.3 a new stream comes wrapped, with optional sharing beside it.
      const entity = { title: wanted.title, description: withCreatedMark(wanted.description), rules, ...settings };
      ({ stream_id: id } = await api.call(subject, 'POST', '/streams', { entity }));
      running = false;
    } else {
      id = current.id;
      running = current.disabled === false;
      const created = isCreatedByReconciler(current);
      const fields = { ...settings, description: created ? withCreatedMark(wanted.description) : current.description };
      changes.push(...differences(current, fields, Object.keys(fields)));
      if (changes.length > 0) await api.call(subject, 'PUT', `/streams/${id}`, { title: wanted.title, ...fields });
      /** @type {ApiObject[]} */
      const currentRules = current.rules ?? [];
      for (const rule of rules) {
        if (currentRules.some((candidate) => sameRule(candidate, rule))) continue;
        await api.call(subject, 'POST', `/streams/${id}/rules`, rule);
        changes.push(`rule added: ${describeRule(rule)}`);
      }
      for (const extra of currentRules.filter((candidate) => !rules.some((rule) => sameRule(candidate, rule)))) {
        if (created) {
          await api.call(subject, 'DELETE', `/streams/${id}/rules/${extra.id}`);
          changes.push(`rule removed: ${describeRule(extra)}`);
        } else {
          logger.warn(`${subject} was not created by the reconciler: its rule ${describeRule(extra)}, not in the description, is kept`);
        }
      }
    }
    if (wanted.started && !running) {
      await api.call(subject, 'POST', `/streams/${id}/resume`);
      if (current !== undefined) changes.push('started');
    } else if (!wanted.started && running) {
      await api.call(subject, 'POST', `/streams/${id}/pause`);
      changes.push('paused');
    }
    record({ kind: 'stream', title: wanted.title, outcome: current === undefined ? 'created' : changes.length > 0 ? 'updated' : 'unchanged', changes });
  }
}

/**
 * @param {ApiObject} a
 * @param {ApiObject} b
 */
function sameRule(a, b) {
  return a.field === b.field && a.type === b.type && a.value === b.value && Boolean(a.inverted) === Boolean(b.inverted);
}

/** @param {ApiObject} rule */
function describeRule(rule) {
  const type = Object.entries(STREAM_RULE_TYPES).find(([, number]) => number === rule.type)?.[0] ?? `type ${rule.type}`;
  return `${rule.inverted ? 'not ' : ''}${rule.field} ${type} "${rule.value}"`;
}

/**
 * The one object found, undefined when none; two would leave the reconciler guessing which one is meant.
 * @param {string} subject
 * @param {ApiObject[]} found
 * @returns {ApiObject | undefined}
 */
function single(subject, found) {
  if (found.length > 1) throw new Error(`${subject}: Graylog has ${found.length} of them (ids ${found.map((object) => object.id).join(', ')}); keep one`);
  return found[0];
}

/** @param {string} description */
function withCreatedMark(description) {
  return description === '' ? CREATED_MARK : `${description} ${CREATED_MARK}`;
}

/** @param {ApiObject} object */
function isCreatedByReconciler(object) {
  return typeof object.description === 'string' && object.description.includes(CREATED_MARK);
}

/**
 * The fields of `wanted` whose values `current` does not have, as `field old -> new`.
 * @param {ApiObject} current
 * @param {ApiObject} wanted
 * @param {string[]} fields
 * @returns {string[]}
 */
function differences(current, wanted, fields) {
  return fields
    .filter((field) => !sameValue(current[field], wanted[field]))
    .map((field) => `${field} ${JSON.stringify(current[field] ?? null)} -> ${JSON.stringify(wanted[field])}`);
}

/**
 * Deep equality of JSON values, where `wanted` objects may leave out fields `current` has.
 * @param {unknown} current
 * @param {unknown} wanted
 * @returns {boolean}
 */
function sameValue(current, wanted) {
  if (wanted !== null && typeof wanted === 'object' && !Array.isArray(wanted)) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
    const object = /** @type {Record<string, unknown>} */ (current);
    return Object.entries(wanted).every(([key, value]) => sameValue(object[key], value));
  }
  if (Array.isArray(wanted)) {
    return Array.isArray(current) && current.length === wanted.length && wanted.every((value, index) => sameValue(current[index], value));
  }
  return current === wanted;
}

/**
 * Role names compare as Graylog compares them: as a set, ignoring case.
 * @param {string[]} current
 * @param {string[]} wanted
 */
function sameNames(current, wanted) {
  const normalized = (/** @type {string[]} */ names) => [...new Set(names.map((name) => name.toLowerCase()))].sort().join('\n');
  return normalized(current) === normalized(wanted);
}

/**
 * @param {string} username
 * @param {string} password
 */
function basicAuthorization(username, password) {
  return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

/**
 * The message of an error answer: Graylog answers `{type: 'ApiError', message}`, validation failures a list.
 * @param {any} body
 * @param {string} text
 */
function apiMessage(body, text) {
  if (body !== null && typeof body === 'object') {
    if (typeof body.message === 'string') return body.message;
    if (Array.isArray(body) && body.every((entry) => typeof entry?.message === 'string')) return body.map((entry) => entry.message).join('; ');
  }
  const trimmed = text.trim();
  if (trimmed === '') return '(empty answer)';
  return trimmed.length > 500 ? `${trimmed.slice(0, 500)}...` : trimmed;
}

/**
 * The message of a thrown value; errors are recognized by shape, since they may come from another realm (vm, jest).
 * @param {unknown} error
 * @returns {string}
 */
function messageOf(error) {
  return typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
}

/** @param {unknown} error */
function describeNetworkError(error) {
  if (typeof error === 'object' && error !== null && 'name' in error && error.name === 'TimeoutError') return 'no answer in time';
  // fetch reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND, ...) as the cause.
  const cause = typeof error === 'object' && error !== null && 'cause' in error ? error.cause : undefined;
  return cause === undefined ? messageOf(error) : `${messageOf(error)} (${messageOf(cause)})`;
}

/**
 * The options of a run as a script, from the environment and the description file.
 * @param {NodeJS.ProcessEnv} environment
 * @returns {ReconcileOptions}
 */
function optionsFromEnvironment(environment) {
  const missing = REQUIRED_ENVIRONMENT.filter((name) => !environment[name]);
  if (missing.length > 0) throw new Error(`missing environment variable${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const value = (/** @type {string} */ name) => /** @type {string} */ (environment[name]);
  const file = value('GRAYLOG_DESCRIPTION_FILE');
  let description;
  try {
    description = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`GRAYLOG_DESCRIPTION_FILE ${file}: ${messageOf(error)}`);
  }
  return {
    apiUrl: value('GRAYLOG_API_URL'),
    admin: { username: value('GRAYLOG_ADMIN_USERNAME'), password: value('GRAYLOG_ADMIN_PASSWORD') },
    description,
    operatorPassword: value('GRAYLOG_OPERATOR_PASSWORD'),
    logger: { info: (line) => console.log(line), warn: (line) => console.warn(`warning: ${line}`) },
    retry: SCRIPT_RETRY,
  };
}

async function main() {
  try {
    const actions = await reconcile(optionsFromEnvironment(process.env));
    const count = (/** @type {Outcome} */ outcome) => actions.filter((action) => action.outcome === outcome).length;
    console.log(`Graylog matches the description (${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged)`);
  } catch (error) {
    console.error(`graylog reconciler failed: ${messageOf(error)}`);
    process.exitCode = 1;
  }
}

module.exports = { reconcile, checkDescription, optionsFromEnvironment, CREATED_MARK, GraylogApiError };

if (require.main === module) main();
