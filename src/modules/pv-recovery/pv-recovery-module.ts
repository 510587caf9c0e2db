import { ConfigFieldError } from '../../platform/errors';
import { PlatformModule } from '../../platform/module';
import type { Platform } from '../../platform/platform';
import { NamespacesModule } from '../namespaces/namespaces-module';
import { RecoveredVolumeClaim } from './recovered-volume-claim';
import { PV_RECOVERY_SETTINGS } from './settings';

/**
 * Re-attaches the volumes of the recovery inventory (`pvRecovery.volumes`) after a rebuild. Every module deploying
 * into a namespace with a recovered claim syncs after this one, so the claim is bound before its workload asks.
 */
export class PvRecoveryModule extends PlatformModule {
  static readonly id = 'pv-recovery';
  static readonly summary = 'PersistentVolumes and claims of the recovery inventory';
  static readonly settings = PV_RECOVERY_SETTINGS;

  private readonly namespaces: NamespacesModule;

  constructor(platform: Platform) {
    super(platform);
    this.namespaces = this.use(NamespacesModule);
    this.settingsOf(PV_RECOVERY_SETTINGS).volumes.forEach((volume) => {
      new RecoveredVolumeClaim(this, `${volume.namespace}-${volume.claimName}`, { volume, defaultStorageClass: this.config.storageClass });
      this.precedeModulesIn(volume.namespace);
    });
  }

  /** A claim only has a place in a namespace some module of the environment deploys to. */
  override completeWith(): void {
    this.settingsOf(PV_RECOVERY_SETTINGS).volumes.forEach((volume, index) => {
      if (!this.namespaces.has(volume.namespace)) {
        throw new ConfigFieldError(`pvRecovery.volumes[${index}].namespace`, `"${volume.namespace}" is not a namespace of this environment's modules (namespaces: ${this.namespaces.namespacesOf().join(', ')})`);
      }
    });
  }
}
