import type { ModuleClass } from '../platform/module';
import { ArgoCdModule } from './argocd/argocd-module';
import { ArgoWorkflowsModule } from './argo-workflows/argo-workflows-module';
import { CertManagerModule } from './cert-manager/cert-manager-module';
import { ExternalSecretsModule } from './external-secrets/external-secrets-module';
import { KeycloakModule } from './keycloak/keycloak-module';
import { KeycloakOperatorModule } from './keycloak-operator/keycloak-operator-module';
import { KongModule } from './kong/kong-module';
import { LoggingModule } from './logging/logging-module';
import { MonitoringModule } from './monitoring/monitoring-module';
import { NamespacesModule } from './namespaces/namespaces-module';
import { PostgresModule } from './postgres/postgres-module';
import { PvRecoveryModule } from './pv-recovery/pv-recovery-module';
import { RdmModule } from './rdm/rdm-module';
import { VdmModule } from './vdm/vdm-module';
import { WctilerModule } from './wctiler/wctiler-module';

/** Every module of the platform. Adding a module is one line here; its Application, wave and checks follow. */
export const MODULES: readonly ModuleClass[] = [
  NamespacesModule,
  ArgoCdModule,
  CertManagerModule,
  PvRecoveryModule,
  ExternalSecretsModule,
  PostgresModule,
  KongModule,
  KeycloakOperatorModule,
  KeycloakModule,
  RdmModule,
  VdmModule,
  WctilerModule,
  ArgoWorkflowsModule,
  MonitoringModule,
  LoggingModule,
];
