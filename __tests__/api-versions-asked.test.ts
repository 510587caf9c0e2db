import { apiVersionsAsked } from '../src/hydrate/api-versions-asked';

describe('the API versions a chart asks about', () => {
  test('literal questions are the only ones its render depends on; prose outside template actions is not a question', () => {
    const templates = [
      '{{- if and (.Capabilities.APIVersions.Has "monitoring.coreos.com/v1") .Values.serviceMonitor.enabled }}',
      '{{- if .Capabilities.APIVersions.Has "policy/v1" -}}',
      '# APIVersions specifies the Kubernetes resource API versions (a CRD description)',
      '{{- if semverCompare ">=1.21-0" $.Capabilities.KubeVersion.Version }}{{ .Capabilities.HelmVersion.Version }}',
    ].join('\n');
    expect(apiVersionsAsked(templates)).toEqual(new Set(['monitoring.coreos.com/v1', 'policy/v1']));
    expect(apiVersionsAsked('kind: ConfigMap')).toEqual(new Set());
  });

  test.each([
    ['{{- if .Capabilities.APIVersions.Has $apiVersion }}'],
    ['{{- if .Capabilities.APIVersions.Has (printf "%s/%s" .group .version) }}'],
    ['{{ toJson .Capabilities.APIVersions }}'],
    ['{{- if regexMatch "v1" (.Capabilities | toString) }}'],
    ['{{ include "helper" (dict "caps" $.Capabilities) }}'],
  ])('a computed question or the whole list makes it depend on every API: %s', (templates) => {
    expect(apiVersionsAsked(`{{ if .Capabilities.APIVersions.Has "policy/v1" }}{{ end }}\n${templates}`)).toBe('any');
  });
});
