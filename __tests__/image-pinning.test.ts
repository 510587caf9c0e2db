import { k8s } from 'cdk8s-plus-26';
import { findUnpinnedImages, movingImage, parseImage } from '../src/platform/image-pinning';
import { podTemplatesOf } from '../src/platform/pod-security';
import { NamespacesModule } from '../src/modules/namespaces/namespaces-module';
import { baseConfig, committedTree, configErrorFor, findObject, fixtureModule, renderUnit } from './support';

const DIGEST = `sha256:${'a1'.repeat(32)}`;

describe('image pinning', () => {
  test.each([
    ['nginx', 'has no tag, so it pulls whatever latest is'],
    ['registry.example.org:5000/app', 'has no tag, so it pulls whatever latest is'],
    ['docker.io/library/nginx:latest', 'is tagged "latest", which moves with every release'],
    ['docker.io/library/nginx:1', 'is tagged "1", a major or minor tag that moves with every patch release'],
    ['docker.io/library/nginx:1.27', 'is tagged "1.27", a major or minor tag that moves with every patch release'],
    ['docker.io/library/nginx:1.27-alpine', 'is tagged "1.27-alpine", a major or minor tag that moves with every patch release'],
    ['docker.io/graylog/graylog:7.0', 'is tagged "7.0", a major or minor tag that moves with every patch release'],
    ['docker.io/library/debian:stable', 'is tagged "stable", which names no release'],
    ['docker.io/library/nginx@sha256:abc', 'has a malformed digest "sha256:abc"'],
  ])('%s is refused: it %s', (image, reason) => {
    expect(movingImage(image)).toBe(reason);
  });

  test.each(['docker.io/library/nginx:1.27.3-alpine', 'quay.io/prometheus/node-exporter:v1.12.1-distroless', 'registry.example.org:5000/kong-oidc:3.9.1-oidc', `docker.io/library/nginx@${DIGEST}`, `nginx:1.27@${DIGEST}`])(
    '%s is pinned',
    (image) => {
      expect(movingImage(image)).toBeUndefined();
    },
  );

  test('a registry port is not a tag', () => {
    expect(parseImage('registry.example.org:5000/app:1.2.3')).toEqual({ name: 'registry.example.org:5000/app', tag: '1.2.3', digest: undefined });
  });

  test.each(['prod', 'test'])('every image of the committed %s tree is pinned', (environment) => {
    const tree = committedTree(environment);
    const images = tree.flatMap(({ object }) => podTemplatesOf(object).flatMap(({ spec }) => [...(spec.initContainers ?? []), ...(spec.containers ?? [])].map((c: any) => c.image)));
    expect(images.length).toBeGreaterThan(30);
    expect(findUnpinnedImages(tree)).toEqual([]);
  });

  test('synth refuses a moving image in any pod or custom resource, naming the object and the field', () => {
    const Moving = fixtureModule('moving', 'wctiler', (module) => {
      new k8s.KubeCronJob(module, 'job', {
        metadata: { name: 'cleanup', namespace: 'wctiler' },
        spec: {
          schedule: '0 3 * * *',
          jobTemplate: {
            spec: {
              template: {
                spec: {
                  ...module.placement.values(),
                  restartPolicy: 'Never',
                  securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: 'RuntimeDefault' } },
                  containers: [{ name: 'cleanup', image: 'docker.io/library/busybox:1.37', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
                },
              },
            },
          },
        },
      });
    });
    expect(() => renderUnit(undefined, [NamespacesModule, Moving])).toThrow(
      'dist/unit/moving/cronjob-cleanup.yaml: CronJob cleanup: spec.jobTemplate.spec.template.spec.containers[0].image: image "docker.io/library/busybox:1.37" is tagged "1.37", a major or minor tag that moves with every patch release; pin an exact release (MAJOR.MINOR.PATCH) or a digest',
    );
  });

  test('an environment pins its own images by exact tag, and by digest when it gives one', () => {
    const config = baseConfig();
    config.wctiler.images.nginx.digest = DIGEST;
    config.kong.image.digest = DIGEST;
    const rendered = renderUnit(config);
    const mapproxy = findObject(rendered, 'Deployment', 'mapproxy', 'wctiler').spec.template.spec;
    expect(mapproxy.containers[1].image).toBe(`docker.io/library/nginx:1.27.3-alpine@${DIGEST}`);
    const gateway = findObject(rendered, 'DaemonSet', 'kong-gateway', 'kong').spec.template.spec;
    expect(gateway.containers.find((c: any) => c.name === 'proxy').image).toBe(`${config.registry.host}/world-cereal/kong-oidc:${config.kong.image.tag}@${DIGEST}`);
    expect(configErrorFor((c) => (c.wctiler.images.nginx.tag = '1.27'))).toBe(
      'env.yaml: wctiler.images.nginx.tag: must be the exact tag of a release, such as 1.27.3-alpine (not latest, not a moving 1.27)',
    );
    expect(configErrorFor((c) => (c.kong.image.tag = 'latest'))).toMatch(/^env\.yaml: kong\.image\.tag: must be the exact tag of a release/);
    expect(configErrorFor((c) => (c.kong.image.digest = 'sha256:xyz'))).toBe('env.yaml: kong.image.digest: must be an image digest: sha256: and 64 lower-case hexadecimal digits');
  });
});
