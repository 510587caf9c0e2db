import type { ModuleClass } from '../platform/module';
import { ArgoCdModule } from './argocd/argocd-module';
import { CertManagerModule } from './cert-manager/cert-manager-module';
import { NamespacesModule } from './namespaces/namespaces-module';
import { PvRecoveryModule } from './pv-recovery/pv-recovery-module';

/** Every module of the platform. Adding a module is one line here; its Application, wave and checks follow. */
export const MODULES: readonly ModuleClass[] = [
  NamespacesModule,
  ArgoCdModule,
  CertManagerModule,
  PvRecoveryModule,
];
