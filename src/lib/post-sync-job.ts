import { k8s } from 'cdk8s-plus-26';
import { Construct } from 'constructs';
import type { Placement } from '../platform/placement';

export interface PostSyncJobProps {
  readonly namespace: string;
  readonly name: string;
  readonly placement: Placement;
  /** The ordinary user the program runs as. */
  readonly user: number;
  /** The one container; its security context is the hook's (restricted, read-only root file system). */
  readonly container: Omit<k8s.Container, 'securityContext'>;
  /** @default none */
  readonly volumes?: k8s.Volume[];
  /** Retries after a failed run. */
  readonly backoffLimit: number;
  /** How long the runs together may take: a stuck run must not hold the sync for ever. */
  readonly activeDeadlineSeconds: number;
}

/**
 * A program run after every sync of its module: an Argo CD PostSync hook Job, replaced at each sync (the last run
 * stays for its logs), on the system nodes, as an ordinary user under Pod Security restricted, without a service
 * account token. A failed run fails the sync.
 */
export class PostSyncJob extends Construct {
  /** Labels of the Job's pods. */
  readonly podLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: PostSyncJobProps) {
    super(scope, id);
    const { namespace, name } = props;
    this.podLabels = { 'app.kubernetes.io/name': name };
    new k8s.KubeJob(this, 'job', {
      metadata: {
        name,
        namespace,
        annotations: { 'argocd.argoproj.io/hook': 'PostSync', 'argocd.argoproj.io/hook-delete-policy': 'BeforeHookCreation' },
      },
      spec: {
        backoffLimit: props.backoffLimit,
        activeDeadlineSeconds: props.activeDeadlineSeconds,
        template: {
          metadata: { labels: { ...this.podLabels } },
          spec: {
            restartPolicy: 'Never',
            nodeSelector: props.placement.nodeSelector(),
            automountServiceAccountToken: false,
            securityContext: { runAsNonRoot: true, runAsUser: props.user, runAsGroup: props.user, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [{ ...props.container, securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } }],
            volumes: props.volumes,
          },
        },
      },
    });
  }
}
