#!/usr/bin/env node
// Vendors a published Helm chart: `npm run vendor-chart -- <name> <version> [--repo <url>] [--replace]`.
// Pulls the chart with the pinned helm (or EWOC_HELM) from the repository charts/lock.yaml records for it (or
// --repo for a chart not locked yet), writes charts/<name>-<version>.tgz and records its sha256 in the lock. An
// archive pulled from the repository is the published one, so an entry's `packagedFrom` is dropped. Other locked
// versions of the chart stay unless --replace is given. The project is the current directory (npm runs scripts
// from the package root). The only command of the project that uses the network.
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const YAML = require('yaml');

const LOCK_FILE = 'charts/lock.yaml';
const USAGE = 'usage: npm run vendor-chart -- <name> <version> [--repo <url>] [--replace]';

/** A problem the user can fix: printed as is, without a stack. */
class VendorError extends Error {}

function parseArguments(argv) {
  const positional = [];
  let repo;
  let replace = false;
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    if (argument === '--replace') replace = true;
    else if (argument === '--repo') {
      repo = argv[++i];
      if (!repo || repo.startsWith('--')) throw new VendorError(`--repo needs a URL\n${USAGE}`);
    } else if (argument.startsWith('--repo=')) repo = argument.slice('--repo='.length);
    else if (argument === '--help' || argument === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (argument.startsWith('-')) throw new VendorError(`unknown option ${argument}\n${USAGE}`);
    else positional.push(argument);
  }
  if (positional.length !== 2) throw new VendorError(USAGE);
  const [name, version] = positional;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
    throw new VendorError(`chart name "${name}" is not a chart name (letters, digits, '.', '_', '-')`);
  }
  // Helm reads a partial version (`1.2`) or anything with an operator as a constraint and takes the newest match;
  // the lock pins one archive, so only a whole version is accepted.
  if (!/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new VendorError(
      `chart ${name}: version "${version}" is a range or not a version; give one exact version (MAJOR.MINOR.PATCH, as the repository lists it)`,
    );
  }
  if (repo !== undefined && !/^(https?|oci):\/\/[^\s]+$/.test(repo)) {
    throw new VendorError(`chart ${name}: --repo ${repo} is not an http(s):// or oci:// URL`);
  }
  return { name, version, repo: repo?.replace(/\/+$/, ''), replace };
}

/** Numeric comparison of dotted versions (a leading v ignored; a pre-release sorts before its release). */
function compareVersions(a, b) {
  const parse = (v) => {
    const [core, pre] = v.replace(/^v/, '').split('+')[0].split(/-(.*)/s);
    return { core: core.split('.').map(Number), pre };
  };
  const x = parse(a);
  const y = parse(b);
  for (let i = 0; i < Math.max(x.core.length, y.core.length); i++) {
    const d = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (d) return d;
  }
  if (x.pre === y.pre) return a < b ? -1 : a > b ? 1 : 0;
  if (x.pre === undefined) return 1;
  if (y.pre === undefined) return -1;
  return x.pre < y.pre ? -1 : 1;
}

const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function sha256(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Writes `data` to `file` under a temporary name first, so readers see the old or the new file, never half. */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

/**
 * Runs helm with a scratch HOME and HELM_*_HOME folders (the user's repositories, registry logins and plugins
 * cannot change what is pulled) and only the variables that say how to reach the network (proxies, CA bundles).
 */
function runHelm(helm, args, scratch, what) {
  const home = path.join(scratch, 'home');
  const passed = ['HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY', 'http_proxy', 'https_proxy', 'no_proxy', 'SSL_CERT_FILE', 'SSL_CERT_DIR'];
  const env = {
    ...Object.fromEntries(passed.filter((key) => process.env[key] !== undefined).map((key) => [key, process.env[key]])),
    HOME: home,
    HELM_CACHE_HOME: path.join(home, 'cache'),
    HELM_CONFIG_HOME: path.join(home, 'config'),
    HELM_DATA_HOME: path.join(home, 'data'),
  };
  fs.mkdirSync(home, { recursive: true });
  const result = spawnSync(helm.path, args, { cwd: scratch, env, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error) throw new VendorError(`${what} failed: could not run ${helm.path}: ${result.error.message}`);
  if (result.status !== 0) {
    const exit = result.signal ? `was killed by ${result.signal}` : `exited with ${result.status}`;
    const stderr = result.stderr.trim().replace(/^(?=.)/gm, '  ');
    throw new VendorError(`${what} failed: helm ${exit}${stderr ? `:\n${stderr}` : ''}`);
  }
  return result.stdout;
}

/** The module files that pin chart `name` (`{ name: '<name>', version: ... }`), relative to the root. */
function pinningFiles(root, name) {
  const modules = path.join(root, 'src', 'modules');
  if (!fs.existsSync(modules)) return [];
  const pin = new RegExp(`name:\\s*['"]${name.replace(/[.]/g, '\\.')}['"]\\s*,\\s*version:`);
  return fs
    .readdirSync(modules, { recursive: true })
    .filter((file) => file.endsWith('.ts') && pin.test(fs.readFileSync(path.join(modules, file), 'utf8')))
    .map((file) => path.join('src', 'modules', file))
    .sort();
}

function main() {
  const { name, version, repo: repoOption, replace } = parseArguments(process.argv.slice(2));
  const root = process.cwd();
  const lockPath = path.join(root, LOCK_FILE);
  if (!fs.existsSync(lockPath)) {
    throw new VendorError(`${LOCK_FILE} is not in ${root}: run it from the project root (npm run vendor-chart -- ${name} ${version})`);
  }
  const lockText = fs.readFileSync(lockPath, 'utf8');
  const document = YAML.parseDocument(lockText);
  if (document.errors.length > 0) throw new VendorError(`${LOCK_FILE}: ${document.errors[0].message}`);
  const charts = document.get('charts');
  if (!YAML.isSeq(charts)) throw new VendorError(`${LOCK_FILE}: has no charts list`);
  const entries = () => charts.items.map((node) => ({ node, entry: node.toJSON() }));

  const kustomizations = document.get('kustomizations');
  if (YAML.isSeq(kustomizations) && kustomizations.items.some((node) => node.get('name') === name)) {
    throw new VendorError(`${name} is a kustomize source in ${LOCK_FILE}, not a chart; vendor-chart vendors Helm charts only`);
  }
  const sameName = entries().filter(({ entry }) => entry.name === name);
  const lockedRepo = sameName.map(({ entry }) => entry.repository).find(Boolean);
  const repository = repoOption ?? lockedRepo;
  if (!repository) {
    throw new VendorError(`chart ${name} is not in ${LOCK_FILE}: give its repository with --repo <url> (npm run vendor-chart -- ${name} ${version} --repo <url>)`);
  }

  // The pinned helm, resolved as synth resolves it (EWOC_HELM names another build).
  require('./register-ts.js');
  const { resolveHelm } = require('../src/hydrate/pinned-tools');
  let helm;
  try {
    helm = resolveHelm(root);
  } catch (error) {
    throw new VendorError(`chart ${name} ${version}: ${error.message}`);
  }

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ewoc-vendor-chart-'));
  const lines = [];
  let review;
  try {
    const destination = path.join(scratch, 'pulled');
    fs.mkdirSync(destination);
    const pull = repository.startsWith('oci://')
      ? ['pull', `${repository}/${name}`, '--version', version, '--destination', destination]
      : ['pull', name, '--repo', repository, '--version', version, '--destination', destination];
    runHelm(helm, pull, scratch, `chart ${name} ${version}: helm pull from ${repository}`);
    const pulled = fs.readdirSync(destination).filter((file) => file.endsWith('.tgz'));
    if (pulled.length !== 1) throw new VendorError(`chart ${name} ${version}: helm pull from ${repository} left ${pulled.length} archives, expected 1`);
    const pulledFile = path.join(destination, pulled[0]);

    // What the archive says it is: the repository index could have served another chart or version.
    const chartYaml = YAML.parse(runHelm(helm, ['show', 'chart', pulledFile], scratch, `chart ${name} ${version}: helm show chart`));
    if (chartYaml?.name !== name) {
      throw new VendorError(`chart ${name} ${version}: the archive from ${repository} is chart "${chartYaml?.name}", not ${name}`);
    }
    const actualVersion = String(chartYaml.version);
    if (actualVersion.replace(/^v/, '') !== version.replace(/^v/, '')) {
      throw new VendorError(`chart ${name} ${version}: the archive from ${repository} is version ${actualVersion}`);
    }
    if (actualVersion !== version) lines.push(`note: the chart's own version is ${actualVersion} (asked for ${version}); it is locked as ${actualVersion}`);

    const archive = `${name}-${actualVersion}.tgz`.replace(/[^A-Za-z0-9._-]/g, '_');
    const digest = sha256(pulledFile);
    const target = path.join(root, 'charts', archive);

    // The lock: update the entry of this version or add one, drop the others with --replace, keep names sorted.
    const existing = sameName.find(({ entry }) => entry.version === actualVersion);
    const others = sameName.filter(({ entry }) => entry.version !== actualVersion);
    // The version to compare values with: the newest older one, else (a downgrade) the oldest newer one.
    const otherVersions = others.map(({ entry }) => entry).sort((a, b) => compareVersions(a.version, b.version));
    const older = otherVersions.filter((entry) => compareVersions(entry.version, actualVersion) < 0);
    const previous = older.length > 0 ? older[older.length - 1] : otherVersions[0];
    if (existing) {
      const old = existing.entry;
      existing.node.set('repository', repository);
      existing.node.set('archive', archive);
      existing.node.set('sha256', digest);
      existing.node.delete('packagedFrom');
      if (old.sha256 === digest && !old.packagedFrom && old.archive === archive && old.repository === repository) {
        lines.push(`${LOCK_FILE}: ${name} ${actualVersion} unchanged (sha256 ${digest})`);
      } else {
        lines.push(`${LOCK_FILE}: ${name} ${actualVersion} updated`);
        if (old.sha256 !== digest) lines.push(`  sha256 ${old.sha256} -> ${digest}: the archive differs from the one locked before`);
        if (old.packagedFrom) lines.push(`  packagedFrom removed: the archive is now the one published at ${repository}`);
        if (old.repository !== repository) lines.push(`  repository ${old.repository} -> ${repository}`);
        if (old.archive !== archive) lines.push(`  archive ${old.archive} -> ${archive}`);
      }
    } else {
      charts.add(document.createNode({ name, version: actualVersion, repository, archive, sha256: digest }));
      lines.push(`${LOCK_FILE}: added ${name} ${actualVersion} from ${repository} (sha256 ${digest})`);
    }
    const removed = replace ? others.map(({ entry }) => entry) : [];
    charts.items = charts.items
      .filter((node) => !removed.some((entry) => node.get('name') === entry.name && String(node.get('version')) === entry.version))
      .sort((a, b) => byName(String(a.get('name')), String(b.get('name'))) || compareVersions(String(a.get('version')), String(b.get('version'))));
    for (const entry of removed) lines.push(`${LOCK_FILE}: removed ${name} ${entry.version} (--replace)`);
    if (!replace && others.length > 0) {
      lines.push(`kept ${name} ${others.map(({ entry }) => entry.version).join(', ')} (--replace removes other versions and their archives)`);
    }

    // Archive first, then the lock, then replaced archives: the lock never names an archive that is not there.
    const keptOld = previous && replace ? path.join(scratch, 'replaced') : undefined;
    const sameArchive = fs.existsSync(target) && sha256(target) === digest;
    fs.copyFileSync(pulledFile, `${target}.${process.pid}.tmp`);
    fs.renameSync(`${target}.${process.pid}.tmp`, target);
    lines.unshift(`charts/${archive}: ${sameArchive ? 'unchanged' : 'written'}, pulled from ${repository}`);
    writeAtomically(lockPath, document.toString({ lineWidth: 0 }));
    for (const entry of removed) {
      const file = path.join(root, 'charts', entry.archive);
      if (entry === previous && fs.existsSync(file)) {
        fs.mkdirSync(keptOld, { recursive: true });
        fs.copyFileSync(file, path.join(keptOld, entry.archive));
      }
      if (entry.archive !== archive) {
        fs.rmSync(file, { force: true });
        lines.push(`charts/${entry.archive}: removed (--replace)`);
      }
    }

    // Read back: the lock has the entry and the archive in charts/ has its digest, as synth will check.
    const written = YAML.parse(fs.readFileSync(lockPath, 'utf8')).charts.find((entry) => entry.name === name && entry.version === actualVersion);
    if (written?.sha256 !== digest || sha256(target) !== digest) {
      throw new VendorError(`chart ${name} ${actualVersion}: charts/${archive} or ${LOCK_FILE} did not read back as written; vendor it again`);
    }

    const helmCommand = path.relative(root, helm.path).startsWith('..') ? helm.path : path.relative(root, helm.path);
    const show = (file) => `${helmCommand} show values ${file}`;
    if (previous) {
      const before = keptOld ? path.join(keptOld, previous.archive) : `charts/${previous.archive}`;
      review = [
        `Review the default values against ${previous.version}${keptOld ? ` (its archive is kept for this at ${before})` : ''}:`,
        `  diff <(${show(before)}) <(${show(`charts/${archive}`)})`,
      ];
    } else {
      review = ['Review the default values:', `  ${show(`charts/${archive}`)}`];
    }
    if (existing) {
      review.push('Then run npm run synth and review the change of dist/.');
    } else {
      const pins = pinningFiles(root, name);
      const where = pins.length > 0 ? pins.join(', ') : `the module that uses the chart (src/modules/<module>/)`;
      review.push(`Then pin ${name} ${actualVersion} in ${where}, run npm run synth and review the change of dist/.`);
    }
  } finally {
    // The replaced archive, when there is one, stays for the review command.
    for (const entry of fs.readdirSync(scratch)) {
      if (entry !== 'replaced') fs.rmSync(path.join(scratch, entry), { recursive: true, force: true });
    }
    if (fs.readdirSync(scratch).length === 0) fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(lines.join('\n'));
  console.log(['', ...review].join('\n'));
}

try {
  main();
} catch (error) {
  if (error instanceof VendorError || error?.name === 'PlatformError') {
    console.error(`vendor-chart: ${error.message}`);
  } else {
    console.error('vendor-chart failed with an internal error:');
    console.error(error);
  }
  process.exit(1);
}
