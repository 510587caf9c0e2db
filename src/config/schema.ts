import { z } from 'zod';
import { dnsLabel, dnsName, exactVersion, gitRevision, gitUrl, httpsUrl, labelKey, labelValue, repositoryPath, storageClassName, uniqueList } from './primitives';
import { PlatformError } from '../platform/errors';
import type { ModuleSettings } from '../platform/module-settings';
import { registrySchema } from './registry';
import { closestName } from '../lib/closest-name';

/**
 * The one typed configuration of a platform environment (it replaces the original `export-env.sh`): the fields
 * every module shares here, and one section per module that has settings, in that module's folder
 * (`configSchemaFor`). Every default lives in these schemas, and the editor JSON Schema and docs/configuration.md
 * are generated from them, so a field's description is written once.
 */

/** Kubernetes minors the rendered tree is validated against; the target minor must be one of them. */
export const SUPPORTED_KUBERNETES_MINORS = ['1.26', '1.27', '1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'] as const;

/** The `modules` field: which registered modules the environment renders, given a schema of module ids. */
function moduleSelection(moduleId: z.ZodType<string>) {
  return z
    .strictObject({
      leaveOut: uniqueList(moduleId)
        .default([])
        .describe('Modules this environment does not render: no Application, no folder, no namespace of their own. A module an enabled one uses cannot be left out, nor can argocd (the Argo CD that syncs the platform).'),
    })
    .prefault({})
    .describe('Which registered modules this environment renders: all, unless left out here.');
}

export const platformSchema = z
  .strictObject({
    domain: dnsName.describe('Base domain; public hosts are <service>.<domain> (auth.<domain>, grafana.<domain>, ...).'),
    kubernetesVersion: z
      .enum(SUPPORTED_KUBERNETES_MINORS, { message: `must be one of ${SUPPORTED_KUBERNETES_MINORS.join(', ')}` })
      .describe('Kubernetes minor of the target cluster: charts render for it, and the tree is validated for it and every newer supported minor.'),
    acme: z
      .strictObject({
        email: z.email({ message: 'must be an e-mail address (Let\'s Encrypt sends expiry notices there)' }).describe('Account e-mail for the ACME issuers.'),
        issuer: z.enum(['letsencrypt-prod', 'letsencrypt-staging']).describe('ClusterIssuer that public routes use.'),
        productionServer: httpsUrl.default('https://acme-v02.api.letsencrypt.org/directory').describe('ACME directory of letsencrypt-prod.'),
        stagingServer: httpsUrl.default('https://acme-staging-v02.api.letsencrypt.org/directory').describe('ACME directory of letsencrypt-staging.'),
      })
      .describe('TLS certificates from an ACME CA through cert-manager.'),
    registry: registrySchema,
    nodeGroup: z
      .strictObject({
        labelKey: labelKey.default('system-tag').describe('Node label that marks the system node group.'),
        labelValue: labelValue.default('world-cereal-system').describe('Value of that label on system nodes.'),
      })
      .prefault({})
      .describe('The system node group every platform pod is pinned to.'),
    storageClass: storageClassName.describe('Storage class for persistent volumes.'),
    gitops: z
      .strictObject({
        repoURL: gitUrl.describe('Git repository Argo CD reads the rendered tree from.'),
        revision: gitRevision.default('main').describe('Branch, tag or commit Argo CD follows.'),
        path: repositoryPath.default('dist').describe('Folder of the rendered tree inside the repository.'),
        project: dnsLabel.default('ewoc-platform').describe('Argo CD AppProject holding the platform Applications.'),
      })
      .describe('Where Argo CD finds this environment.'),
    modules: moduleSelection(dnsLabel),
    charts: z
      .record(z.string(), exactVersion)
      // zod reports a bad record key without its reason: the key is checked here, and named.
      .superRefine((charts, ctx) => {
        for (const name of Object.keys(charts)) {
          if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) ctx.addIssue({ code: 'custom', path: [name], message: 'is not a chart name (letters, digits, ".", "_", "-")' });
        }
      })
      .default({})
      .describe(
        "Chart versions this environment renders instead of the module's default, by chart name (`cert-manager: v1.22.0`): an upgrade tried here first. The version must be vendored (charts/lock.yaml) and among the versions the module's values are written for.",
      ),
  })
  .describe('One platform environment.');

/** The configuration every module shares, after defaults are applied; sections are read with `settingsOf`. */
export type PlatformConfig = z.output<typeof platformSchema>;

/** A registered module, as far as configuration is concerned: its section, if it has one. */
interface ConfiguredModule {
  readonly id: string;
  readonly settings?: ModuleSettings;
}

/**
 * The schema of an environment file: the shared fields and the section of every module that has one. A section
 * without defaults is required, unless the file leaves its module out (`modules.leaveOut`).
 */
export function configSchemaFor(registry: readonly ConfiguredModule[]): z.ZodType<PlatformConfig & Record<string, unknown>> {
  const sections: Record<string, z.ZodType> = {};
  const required: ConfiguredModule[] = [];
  const owners = new Map<string, string>();
  for (const module of registry) {
    if (!module.settings) continue;
    const { field, schema } = module.settings;
    const taken = owners.get(field) ?? (field in platformSchema.shape ? 'the shared fields' : undefined);
    if (taken) throw new PlatformError(`module "${module.id}": settings field "${field}" is already ${taken === 'the shared fields' ? 'a shared field' : `the section of module "${taken}"`}`);
    owners.set(field, module.id);
    const hasDefaults = schema.safeParse(undefined).success;
    sections[field] = hasDefaults ? schema : schema.optional().describe(`${schema.description ?? ''} Required unless the module is left out (modules.leaveOut).`.trim());
    if (!hasDefaults) required.push(module);
  }
  const ids = registry.map((module) => module.id);
  const moduleId = z.enum(ids as [string, ...string[]], {
    error: (issue) => {
      const meant = closestName(String(issue.input), ids);
      return `unknown module "${String(issue.input)}"${meant ? ` (did you mean "${meant}"?)` : ''} (modules: ${ids.join(', ')})`;
    },
  });
  return platformSchema
    .extend({ modules: moduleSelection(moduleId), ...sections })
    .superRefine((config, ctx) => {
      const leftOut = new Set<string>(config.modules.leaveOut);
      for (const module of required) {
        const field = module.settings?.field as string;
        if (!leftOut.has(module.id) && (config as Record<string, unknown>)[field] === undefined) {
          ctx.addIssue({ code: 'custom', path: [field], message: `is required (the section of module "${module.id}"; or leave the module out in modules.leaveOut)` });
        }
      }
    }) as unknown as z.ZodType<PlatformConfig & Record<string, unknown>>;
}
