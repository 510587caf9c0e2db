import * as fs from 'node:fs';
import * as path from 'node:path';
import * as YAML from 'yaml';
import { ConfigFieldError } from '../src/platform/errors';
import { findInvalidHosts } from '../src/platform/network/host-names';
import { committedTree, ingressOf, ROOT } from './support';

const ingress = (name: string, host: string) => ingressOf(host, '/', { name, tls: true });

describe('host names', () => {
  test.each(['prod', 'test'])("every host of the committed %s tree is one, under the environment's domain", (environment) => {
    const rendered = committedTree(environment);
    const { domain } = YAML.parse(fs.readFileSync(path.join(ROOT, 'environments', `${environment}.yaml`), 'utf8'));
    expect(rendered.filter(({ object }) => object.kind === 'Ingress').length).toBeGreaterThan(5);
    expect(findInvalidHosts(rendered, domain)).toEqual([]);
  });

  test("an Ingress host outside the environment's domain is refused; the domain itself and its wildcard are in it", () => {
    expect(findInvalidHosts([ingress('grafana', 'grafana.example.com')], 'example.org')).toEqual([
      `dist/unit/m/ingress-grafana.yaml: Ingress grafana: spec.rules[0].host "grafana.example.com" is not under the environment's domain example.org; build it from the configured domain`,
      `dist/unit/m/ingress-grafana.yaml: Ingress grafana: spec.tls[0].hosts[0] "grafana.example.com" is not under the environment's domain example.org; build it from the configured domain`,
    ]);
    // A suffix of the domain's text is not the domain: notexample.org is someone else's.
    expect(findInvalidHosts([ingress('other', 'notexample.org')], 'example.org')).toHaveLength(2);
    expect(findInvalidHosts([ingress('apex', 'example.org'), ingress('all', '*.example.org')], 'example.org')).toEqual([]);
  });

  test('a domain too long for its longest host is refused against the domain field, with the length that fits', () => {
    const domain = `${'d'.repeat(60)}.${'o'.repeat(60)}.${'m'.repeat(60)}.${'a'.repeat(60)}.org`; // 247 characters
    let error: unknown;
    try {
      findInvalidHosts([ingress('auth', `auth.${domain}`), ingress('grafana', `grafana.${domain}`)], domain);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigFieldError);
    expect((error as ConfigFieldError).field).toBe('domain');
    expect((error as ConfigFieldError).reason).toBe(`is too long: the host grafana.${domain} (dist/unit/m/ingress-grafana.yaml) has 255 characters, more than the 253 of a host name; use a domain of at most 245 characters`);
  });

  test('a host that is no host name is a violation naming the file and the field; a wildcard is one', () => {
    const certificate = { file: 'dist/unit/m/certificate-c.yaml', object: { apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'c' }, spec: { dnsNames: ['ok.example.org', 'Not_A.example.org'] } } };
    const long = `${'y'.repeat(64)}.example.org`;
    expect(findInvalidHosts([ingress('y', long)], 'example.org')).toEqual([
      `dist/unit/m/ingress-y.yaml: Ingress y: spec.rules[0].host "${long}" has the label "${'y'.repeat(64)}": labels are lower-case letters, digits and "-", 1 to 63 characters`,
      `dist/unit/m/ingress-y.yaml: Ingress y: spec.tls[0].hosts[0] "${long}" has the label "${'y'.repeat(64)}": labels are lower-case letters, digits and "-", 1 to 63 characters`,
    ]);
    expect(findInvalidHosts([ingress('w', '*.apps.example.org'), ingress('x', 'x..example.org'), certificate], 'example.org')).toEqual([
      'dist/unit/m/ingress-x.yaml: Ingress x: spec.rules[0].host "x..example.org" has the label "": labels are lower-case letters, digits and "-", 1 to 63 characters',
      'dist/unit/m/ingress-x.yaml: Ingress x: spec.tls[0].hosts[0] "x..example.org" has the label "": labels are lower-case letters, digits and "-", 1 to 63 characters',
      'dist/unit/m/certificate-c.yaml: Certificate c: spec.dnsNames[1] "Not_A.example.org" has the label "Not_A": labels are lower-case letters, digits and "-", 1 to 63 characters',
    ]);
  });
});
