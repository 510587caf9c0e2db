import * as YAML from 'yaml';
import { baseConfig, chartValues, configErrorFor, DOMAIN, findObject, objectsOfKind, realmOf, renderUnit } from './support';

const NS = 'argo';
const pinned = { 'system-tag': 'world-cereal-system' };

describe('argo-workflows module', () => {
  const rendered = renderUnit();
  const config = YAML.parse(findObject(rendered, 'ConfigMap', 'argo-workflows-workflow-controller-configmap', NS).data.config);

  test.each([
    ['argo-workflows-workflow-controller'],
    ['argo-workflows-server'],
  ])('%s: 2 replicas on the system nodes, spread over them, with a budget', (name) => {
    const deployment = findObject(rendered, 'Deployment', name, NS);
    expect(deployment.spec.replicas).toBe(2);
    // Helm merges our selector with the chart's kubernetes.io/os: linux.
    expect(deployment.spec.template.spec.nodeSelector).toMatchObject(pinned);
    expect(deployment.spec.template.spec.topologySpreadConstraints[0]).toMatchObject({ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': name } } });
    expect(objectsOfKind(rendered, 'PodDisruptionBudget', NS).some(({ object }) => object.spec.selector.matchLabels['app.kubernetes.io/name'] === name && object.spec.minAvailable === 1)).toBe(true);
  });

  test('workflow pods run by default on the processing node group, tolerating its taint', () => {
    expect(config.workflowDefaults.spec).toEqual({
      nodeSelector: { 'worldcereal-tag': 'world-cereal-processing' },
      tolerations: [{ key: 'worldcereal-tag', operator: 'Equal', value: 'world-cereal-processing', effect: 'NoSchedule' }],
    });
    expect(config.workflowDefaults.spec.nodeSelector).not.toEqual(pinned);
    // What the chart writes there is the module's values as they are.
    expect(config.workflowDefaults).toEqual(chartValues(baseConfig(), 'argo-workflows', 'argo-workflows').controller.workflowDefaults);
  });

  test('the CRDs are in the tree; nothing is downloaded at install time', () => {
    expect(objectsOfKind(rendered, 'CustomResourceDefinition').filter(({ object }) => object.spec.group === 'argoproj.io' && object.metadata.name.startsWith('workflow'))).not.toHaveLength(0);
    expect(objectsOfKind(rendered, 'Job', NS)).toEqual([]);
  });

  test('the server logs users in through Keycloak and maps realm groups to access', () => {
    const server = findObject(rendered, 'Deployment', 'argo-workflows-server', NS).spec.template.spec.containers[0];
    expect(server.args).toEqual(expect.arrayContaining(['--auth-mode=sso']));
    expect(config.sso).toMatchObject({
      issuer: `https://auth.${DOMAIN}/realms/worldcereal`,
      clientId: { name: 'argo-workflows-sso', key: 'client-id' },
      clientSecret: { name: 'argo-workflows-sso', key: 'client-secret' },
      redirectUrl: `https://argo.${DOMAIN}/oauth2/callback`,
      rbac: { enabled: true },
    });
    const copy = findObject(rendered, 'ExternalSecret', 'argo-workflows-sso', NS);
    expect(copy.spec.target.template.data['client-id']).toBe('argo-workflows');
    const client = realmOf(rendered).clients.find((c: any) => c.clientId === 'argo-workflows');
    expect(client.protocolMappers).toEqual([expect.objectContaining({ config: expect.objectContaining({ 'claim.name': 'groups' }) })]);

    const account = (name: string) => findObject(rendered, 'ServiceAccount', name, NS).metadata.annotations;
    expect(account('argo-sso-write')).toEqual({ 'workflows.argoproj.io/rbac-rule': "'ewoc_platform_admin' in groups || 'ewoc_admin' in groups", 'workflows.argoproj.io/rbac-rule-precedence': '1' });
    expect(account('argo-sso-read')).toEqual({ 'workflows.argoproj.io/rbac-rule': "'ewoc_user' in groups", 'workflows.argoproj.io/rbac-rule-precedence': '0' });
    expect(findObject(rendered, 'Role', 'argo-sso-read', NS).rules[0].verbs).toEqual(['get', 'list', 'watch']);
    expect(findObject(rendered, 'Role', 'argo-sso-write', NS).rules[0].verbs).toContain('create');
    const token = findObject(rendered, 'Secret', 'argo-sso-read.service-account-token', NS);
    expect(token).toMatchObject({ type: 'kubernetes.io/service-account-token', metadata: { annotations: { 'kubernetes.io/service-account.name': 'argo-sso-read' } } });
    expect(token.data).toBeUndefined();
  });

  test('nothing of the chart lands outside the argo namespace but cluster-scoped objects', () => {
    const folder = [...rendered.tree].filter(([file]) => file.startsWith('dist/unit/argo-workflows/')).flatMap(([, objects]) => objects);
    expect(new Set(folder.map((object) => object.metadata.namespace).filter(Boolean))).toEqual(new Set([NS]));
  });

  test('without a taint, workflow pods only select the processing nodes', () => {
    const config2 = baseConfig();
    delete config2.argoWorkflows.processingNodes.taint;
    // The workflow defaults the chart writes into the controller's configuration, as the test above shows it does.
    const untainted = chartValues(config2, 'argo-workflows', 'argo-workflows').controller.workflowDefaults;
    expect(untainted.spec).toEqual({ nodeSelector: { 'worldcereal-tag': 'world-cereal-processing' }, tolerations: [] });
  });

  test('processing nodes that are the system nodes are refused, naming the field', () => {
    const config2 = baseConfig();
    config2.argoWorkflows.processingNodes = { labelKey: 'system-tag', labelValue: 'world-cereal-system' };
    expect(() => renderUnit(config2)).toThrow(
      'unit.yaml: argoWorkflows.processingNodes: is the system node group (system-tag: world-cereal-system); workflow pods must run on the processing nodes',
    );
  });

  test.each([
    [(c: any) => delete c.argoWorkflows.processingNodes, 'argoWorkflows.processingNodes'],
    [(c: any) => (c.argoWorkflows.processingNodes.taint.effect = 'Never'), 'argoWorkflows.processingNodes.taint.effect'],
  ])('a bad argoWorkflows setting is refused, naming the field (%#)', (mutate, message) => {
    expect(configErrorFor(mutate)).toContain(message);
  });
});
