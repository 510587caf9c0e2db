import { PublicRoute } from '../../lib/public-route';
import { SharedSecret } from '../../lib/shared-secret';
import { chartDisruptionBudget } from '../../platform/disruption-budget';
import { ConfigFieldError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { KeycloakModule } from '../keycloak/keycloak-module';
import { ARGO_WORKFLOWS_CHART } from './chart';
import { ARGO_WORKFLOWS_SETTINGS } from './settings';
import { SsoAccess, SsoAccessLevel } from './sso-access';

const NAMESPACE = 'argo';
const RELEASE = 'argo-workflows';
const SERVER_PORT = 2746;
const CLIENT_ID = 'argo-workflows';

/** Who may do what in the Argo UI: platform and project admins run workflows, users watch them. */
const ACCESS: readonly SsoAccessLevel[] = [
  { name: 'argo-sso-write', groups: ['ewoc_platform_admin', 'ewoc_admin'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'], precedence: 1 },
  { name: 'argo-sso-read', groups: ['ewoc_user'], verbs: ['get', 'list', 'watch'], precedence: 0 },
];

/**
 * Argo Workflows in namespace argo, for the preprocessing workflows: controller and server on the system nodes
 * (several of each, one a node, with budgets), workflow pods by default on the processing node group, the CRDs
 * rendered from the chart (never downloaded at install time), and the UI at argo.<domain>, where the server logs
 * users in through Keycloak itself and maps their realm groups to what they may do.
 */
export class ArgoWorkflowsModule extends PlatformModule {
  static readonly id = 'argo-workflows';
  static readonly summary = 'Argo Workflows (controller and server on system nodes, workflows on processing nodes), UI `argo.<domain>` with Keycloak login';
  static readonly settings = ARGO_WORKFLOWS_SETTINGS;

  constructor(platform: Platform) {
    // The workflow CRDs arrive with the chart, and the largest are near the client-side apply limit.
    super(platform, {
      namespace: NAMESPACE,
      sync: { serverSideApply: true },
      podSecurity: { level: 'baseline', reason: 'workflow pods run the templates users write, which need not declare restricted security contexts' },
    });
    const settings = this.settingsOf(ARGO_WORKFLOWS_SETTINGS);
    const host = `argo.${this.config.domain}`;
    const nodeSelector = this.placement.nodeSelector();
    const { processingNodes } = settings;
    const system = this.config.nodeGroup;
    if (processingNodes.labelKey === system.labelKey && processingNodes.labelValue === system.labelValue) {
      throw new ConfigFieldError('argoWorkflows.processingNodes', `is the system node group (${system.labelKey}: ${system.labelValue}); workflow pods must run on the processing nodes`);
    }

    const keycloak = this.use(KeycloakModule);
    const client = keycloak.registerClient({ clientId: CLIENT_ID, hosts: [host], rootUrl: `https://${host}/`, claims: 'groups' });
    const credentials = new SharedSecret(this, 'client-secret', {
      source: client.secret,
      namespace: NAMESPACE,
      name: 'argo-workflows-sso',
      template: { 'client-id': CLIENT_ID },
    });

    const component = (replicas: number, name: string) => ({
      replicas,
      nodeSelector,
      topologySpreadConstraints: this.placement.spreadOverNodes({ 'app.kubernetes.io/name': `${RELEASE}-${name}`, 'app.kubernetes.io/instance': RELEASE }),
      pdb: { ...chartDisruptionBudget(replicas), ...(replicas > 1 ? { minAvailable: 1 } : {}) },
    });
    this.addHelmChart({
      chart: ARGO_WORKFLOWS_CHART,
      releaseName: RELEASE,
      values: {
        // The default renders a Job that downloads the CRDs from GitHub at install time.
        crds: { full: false },
        controller: {
          ...component(settings.controllerReplicas, 'workflow-controller'),
          // Workflows run in this namespace (the chart's default is `default`, which the platform does not manage).
          workflowNamespaces: [NAMESPACE],
          workflowDefaults: {
            spec: {
              nodeSelector: { [processingNodes.labelKey]: processingNodes.labelValue },
              tolerations: processingNodes.taint
                ? [{ key: processingNodes.taint.key, operator: processingNodes.taint.value ? 'Equal' : 'Exists', value: processingNodes.taint.value, effect: processingNodes.taint.effect }]
                : [],
            },
          },
        },
        server: {
          ...component(settings.serverReplicas, 'server'),
          authModes: ['sso'],
          sso: {
            enabled: true,
            issuer: keycloak.realmUrl,
            clientId: credentials.keyRef('client-id'),
            clientSecret: credentials.keyRef('client-secret'),
            redirectUrl: `https://${host}/oauth2/callback`,
            scopes: ['openid', 'profile', 'email'],
            rbac: { enabled: true },
          },
        },
      },
    });
    for (const level of ACCESS) new SsoAccess(this, level.name, { namespace: NAMESPACE, level });

    new PublicRoute(this, 'route', {
      namespace: NAMESPACE,
      name: 'argo',
      rules: [{ host, paths: [{ path: '/', service: `${RELEASE}-server`, port: SERVER_PORT }] }],
    });
  }
}
