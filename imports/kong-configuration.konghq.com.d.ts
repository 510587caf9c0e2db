import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * IngressClassParameters is the Schema for the IngressClassParameters API.
 *
 * @schema IngressClassParameters
 */
export declare class IngressClassParameters extends ApiObject {
    /**
     * Returns the apiVersion and kind for "IngressClassParameters"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "IngressClassParameters".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: IngressClassParametersProps): any;
    /**
     * Defines a "IngressClassParameters" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: IngressClassParametersProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * IngressClassParameters is the Schema for the IngressClassParameters API.
 *
 * @schema IngressClassParameters
 */
export interface IngressClassParametersProps {
    /**
     * @schema IngressClassParameters#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec is the IngressClassParameters specification.
     *
     * @schema IngressClassParameters#spec
     */
    readonly spec?: IngressClassParametersSpec;
}
/**
 * Converts an object of type 'IngressClassParametersProps' to JSON representation.
 */
export declare function toJson_IngressClassParametersProps(obj: IngressClassParametersProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the IngressClassParameters specification.
 *
 * @schema IngressClassParametersSpec
 */
export interface IngressClassParametersSpec {
    /**
     * EnableLegacyRegexDetection automatically detects if ImplementationSpecific Ingress paths are regular expression
     * paths using the legacy 2.x heuristic. The controller adds the "~" prefix to those paths if the Kong version is
     * 3.0 or higher.
     *
     * @schema IngressClassParametersSpec#enableLegacyRegexDetection
     */
    readonly enableLegacyRegexDetection?: boolean;
    /**
     * Offload load-balancing to kube-proxy or sidecar.
     *
     * @schema IngressClassParametersSpec#serviceUpstream
     */
    readonly serviceUpstream?: boolean;
}
/**
 * Converts an object of type 'IngressClassParametersSpec' to JSON representation.
 */
export declare function toJson_IngressClassParametersSpec(obj: IngressClassParametersSpec | undefined): Record<string, any> | undefined;
/**
 * KongClusterPlugin is the Schema for the kongclusterplugins API.
 *
 * @schema KongClusterPlugin
 */
export declare class KongClusterPlugin extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongClusterPlugin"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongClusterPlugin".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KongClusterPluginProps): any;
    /**
     * Defines a "KongClusterPlugin" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KongClusterPluginProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongClusterPlugin is the Schema for the kongclusterplugins API.
 *
 * @schema KongClusterPlugin
 */
export interface KongClusterPluginProps {
    /**
     * @schema KongClusterPlugin#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Config contains the plugin configuration. It's a list of keys and values
     * required to configure the plugin.
     * Please read the documentation of the plugin being configured to set values
     * in here. For any plugin in Kong, anything that goes in the `config` JSON
     * key in the Admin API request, goes into this property.
     * Only one of `config` or `configFrom` may be used in a KongClusterPlugin, not both at once.
     *
     * @schema KongClusterPlugin#config
     */
    readonly config?: any;
    /**
     * ConfigFrom references a secret containing the plugin configuration.
     * This should be used when the plugin configuration contains sensitive information,
     * such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
     * Only one of `config` or `configFrom` may be used in a KongClusterPlugin, not both at once.
     *
     * @schema KongClusterPlugin#configFrom
     */
    readonly configFrom?: KongClusterPluginConfigFrom;
    /**
     * ConfigPatches represents JSON patches to the configuration of the plugin.
     * Each item means a JSON patch to add something in the configuration,
     * where path is specified in `path` and value is in `valueFrom` referencing
     * a key in a secret.
     * When Config is specified, patches will be applied to the configuration in Config.
     * Otherwise, patches will be applied to an empty object.
     *
     * @schema KongClusterPlugin#configPatches
     */
    readonly configPatches?: KongClusterPluginConfigPatches[];
    /**
     * ConsumerRef is a reference to a particular consumer.
     *
     * @schema KongClusterPlugin#consumerRef
     */
    readonly consumerRef?: string;
    /**
     * Disabled set if the plugin is disabled or not.
     *
     * @schema KongClusterPlugin#disabled
     */
    readonly disabled?: boolean;
    /**
     * InstanceName is an optional custom name to identify an instance of the plugin. This is useful when running the
     * same plugin in multiple contexts, for example, on multiple services.
     *
     * @schema KongClusterPlugin#instance_name
     */
    readonly instanceName?: string;
    /**
     * Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise.
     * `<phase>` is a request processing phase (for example, `access` or `body_filter`) and
     * `<plugin>` is the name of the plugin that will run before or after the KongPlugin.
     * For example, a KongPlugin with `plugin: rate-limiting` and `before.access: ["key-auth"]`
     * will create a rate limiting plugin that limits requests _before_ they are authenticated.
     *
     * @schema KongClusterPlugin#ordering
     */
    readonly ordering?: KongClusterPluginOrdering;
    /**
     * PluginName is the name of the plugin to which to apply the config.
     *
     * @schema KongClusterPlugin#plugin
     */
    readonly plugin: string;
    /**
     * Protocols configures plugin to run on requests received on specific
     * protocols.
     *
     * @schema KongClusterPlugin#protocols
     */
    readonly protocols?: KongClusterPluginProtocols[];
    /**
     * RunOn configures the plugin to run on the first or the second or both
     * nodes in case of a service mesh deployment.
     *
     * @schema KongClusterPlugin#run_on
     */
    readonly runOn?: KongClusterPluginRunOn;
}
/**
 * Converts an object of type 'KongClusterPluginProps' to JSON representation.
 */
export declare function toJson_KongClusterPluginProps(obj: KongClusterPluginProps | undefined): Record<string, any> | undefined;
/**
 * ConfigFrom references a secret containing the plugin configuration.
 * This should be used when the plugin configuration contains sensitive information,
 * such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
 * Only one of `config` or `configFrom` may be used in a KongClusterPlugin, not both at once.
 *
 * @schema KongClusterPluginConfigFrom
 */
export interface KongClusterPluginConfigFrom {
    /**
     * Specifies a name, a namespace, and a key of a secret to refer to.
     *
     * @schema KongClusterPluginConfigFrom#secretKeyRef
     */
    readonly secretKeyRef: KongClusterPluginConfigFromSecretKeyRef;
}
/**
 * Converts an object of type 'KongClusterPluginConfigFrom' to JSON representation.
 */
export declare function toJson_KongClusterPluginConfigFrom(obj: KongClusterPluginConfigFrom | undefined): Record<string, any> | undefined;
/**
 * NamespacedConfigPatch is a JSON patch to add values from secrets to KongClusterPlugin
 * to the generated configuration of plugin in Kong.
 *
 * @schema KongClusterPluginConfigPatches
 */
export interface KongClusterPluginConfigPatches {
    /**
     * Path is the JSON path to add the patch.
     *
     * @schema KongClusterPluginConfigPatches#path
     */
    readonly path: string;
    /**
     * ValueFrom is the reference to a key of a secret where the patched value comes from.
     *
     * @schema KongClusterPluginConfigPatches#valueFrom
     */
    readonly valueFrom: KongClusterPluginConfigPatchesValueFrom;
}
/**
 * Converts an object of type 'KongClusterPluginConfigPatches' to JSON representation.
 */
export declare function toJson_KongClusterPluginConfigPatches(obj: KongClusterPluginConfigPatches | undefined): Record<string, any> | undefined;
/**
 * Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise.
 * `<phase>` is a request processing phase (for example, `access` or `body_filter`) and
 * `<plugin>` is the name of the plugin that will run before or after the KongPlugin.
 * For example, a KongPlugin with `plugin: rate-limiting` and `before.access: ["key-auth"]`
 * will create a rate limiting plugin that limits requests _before_ they are authenticated.
 *
 * @schema KongClusterPluginOrdering
 */
export interface KongClusterPluginOrdering {
    /**
     * PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order
     *
     * @schema KongClusterPluginOrdering#after
     */
    readonly after?: {
        [key: string]: string[];
    };
    /**
     * PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order
     *
     * @schema KongClusterPluginOrdering#before
     */
    readonly before?: {
        [key: string]: string[];
    };
}
/**
 * Converts an object of type 'KongClusterPluginOrdering' to JSON representation.
 */
export declare function toJson_KongClusterPluginOrdering(obj: KongClusterPluginOrdering | undefined): Record<string, any> | undefined;
/**
 * KongProtocol is a valid Kong protocol.
 * This alias is necessary to deal with https://github.com/kubernetes-sigs/controller-tools/issues/342
 *
 * @schema KongClusterPluginProtocols
 */
export declare enum KongClusterPluginProtocols {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs",
    /** tcp */
    TCP = "tcp",
    /** tls */
    TLS = "tls",
    /** udp */
    UDP = "udp"
}
/**
 * RunOn configures the plugin to run on the first or the second or both
 * nodes in case of a service mesh deployment.
 *
 * @schema KongClusterPluginRunOn
 */
export declare enum KongClusterPluginRunOn {
    /** first */
    FIRST = "first",
    /** second */
    SECOND = "second",
    /** all */
    ALL = "all"
}
/**
 * Specifies a name, a namespace, and a key of a secret to refer to.
 *
 * @schema KongClusterPluginConfigFromSecretKeyRef
 */
export interface KongClusterPluginConfigFromSecretKeyRef {
    /**
     * The key containing the value.
     *
     * @schema KongClusterPluginConfigFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * The secret containing the key.
     *
     * @schema KongClusterPluginConfigFromSecretKeyRef#name
     */
    readonly name: string;
    /**
     * The namespace containing the secret.
     *
     * @schema KongClusterPluginConfigFromSecretKeyRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'KongClusterPluginConfigFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KongClusterPluginConfigFromSecretKeyRef(obj: KongClusterPluginConfigFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * ValueFrom is the reference to a key of a secret where the patched value comes from.
 *
 * @schema KongClusterPluginConfigPatchesValueFrom
 */
export interface KongClusterPluginConfigPatchesValueFrom {
    /**
     * Specifies a name, a namespace, and a key of a secret to refer to.
     *
     * @schema KongClusterPluginConfigPatchesValueFrom#secretKeyRef
     */
    readonly secretKeyRef: KongClusterPluginConfigPatchesValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KongClusterPluginConfigPatchesValueFrom' to JSON representation.
 */
export declare function toJson_KongClusterPluginConfigPatchesValueFrom(obj: KongClusterPluginConfigPatchesValueFrom | undefined): Record<string, any> | undefined;
/**
 * Specifies a name, a namespace, and a key of a secret to refer to.
 *
 * @schema KongClusterPluginConfigPatchesValueFromSecretKeyRef
 */
export interface KongClusterPluginConfigPatchesValueFromSecretKeyRef {
    /**
     * The key containing the value.
     *
     * @schema KongClusterPluginConfigPatchesValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * The secret containing the key.
     *
     * @schema KongClusterPluginConfigPatchesValueFromSecretKeyRef#name
     */
    readonly name: string;
    /**
     * The namespace containing the secret.
     *
     * @schema KongClusterPluginConfigPatchesValueFromSecretKeyRef#namespace
     */
    readonly namespace: string;
}
/**
 * Converts an object of type 'KongClusterPluginConfigPatchesValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KongClusterPluginConfigPatchesValueFromSecretKeyRef(obj: KongClusterPluginConfigPatchesValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * KongConsumer is the Schema for the kongconsumers API.
 *
 * @schema KongConsumer
 */
export declare class KongConsumer extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongConsumer"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongConsumer".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KongConsumerProps): any;
    /**
     * Defines a "KongConsumer" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KongConsumerProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongConsumer is the Schema for the kongconsumers API.
 *
 * @schema KongConsumer
 */
export interface KongConsumerProps {
    /**
     * @schema KongConsumer#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * ConsumerGroups are references to consumer groups (that consumer wants to be part of)
     * provisioned in Kong.
     *
     * @schema KongConsumer#consumerGroups
     */
    readonly consumerGroups?: string[];
    /**
     * Credentials are references to secrets containing a credential to be
     * provisioned in Kong.
     *
     * @schema KongConsumer#credentials
     */
    readonly credentials?: string[];
    /**
     * CustomID is a Kong cluster-unique existing ID for the consumer - useful for mapping
     * Kong with users in your existing database.
     *
     * @schema KongConsumer#custom_id
     */
    readonly customId?: string;
    /**
     * KongConsumerSpec defines the specification of the KongConsumer.
     *
     * @schema KongConsumer#spec
     */
    readonly spec?: KongConsumerSpec;
    /**
     * Username is a Kong cluster-unique username of the consumer.
     *
     * @schema KongConsumer#username
     */
    readonly username?: string;
}
/**
 * Converts an object of type 'KongConsumerProps' to JSON representation.
 */
export declare function toJson_KongConsumerProps(obj: KongConsumerProps | undefined): Record<string, any> | undefined;
/**
 * KongConsumerSpec defines the specification of the KongConsumer.
 *
 * @schema KongConsumerSpec
 */
export interface KongConsumerSpec {
    /**
     * ControlPlaneRef is a reference to a ControlPlane this Consumer is associated with.
     *
     * @schema KongConsumerSpec#controlPlaneRef
     */
    readonly controlPlaneRef?: KongConsumerSpecControlPlaneRef;
    /**
     * Tags is an optional set of tags applied to the consumer.
     *
     * @schema KongConsumerSpec#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'KongConsumerSpec' to JSON representation.
 */
export declare function toJson_KongConsumerSpec(obj: KongConsumerSpec | undefined): Record<string, any> | undefined;
/**
 * ControlPlaneRef is a reference to a ControlPlane this Consumer is associated with.
 *
 * @schema KongConsumerSpecControlPlaneRef
 */
export interface KongConsumerSpecControlPlaneRef {
    /**
     * KonnectID is the schema for the KonnectID type.
     * This field is required when the Type is konnectID.
     *
     * @schema KongConsumerSpecControlPlaneRef#konnectID
     */
    readonly konnectId?: string;
    /**
     * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
     * It contains the name of the Konnect Control Plane.
     * This field is required when the Type is konnectNamespacedRef.
     *
     * @schema KongConsumerSpecControlPlaneRef#konnectNamespacedRef
     */
    readonly konnectNamespacedRef?: KongConsumerSpecControlPlaneRefKonnectNamespacedRef;
    /**
     * Type indicates the type of the control plane being referenced. Allowed values:
     * - konnectID
     * - konnectNamespacedRef
     * - kic
     *
     * The default is kic, which implies that the Control Plane is KIC.
     *
     * @schema KongConsumerSpecControlPlaneRef#type
     */
    readonly type?: KongConsumerSpecControlPlaneRefType;
}
/**
 * Converts an object of type 'KongConsumerSpecControlPlaneRef' to JSON representation.
 */
export declare function toJson_KongConsumerSpecControlPlaneRef(obj: KongConsumerSpecControlPlaneRef | undefined): Record<string, any> | undefined;
/**
 * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
 * It contains the name of the Konnect Control Plane.
 * This field is required when the Type is konnectNamespacedRef.
 *
 * @schema KongConsumerSpecControlPlaneRefKonnectNamespacedRef
 */
export interface KongConsumerSpecControlPlaneRefKonnectNamespacedRef {
    /**
     * Name is the name of the Konnect Control Plane.
     *
     * @schema KongConsumerSpecControlPlaneRefKonnectNamespacedRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace where the Konnect Control Plane is in.
     * Currently only cluster scoped resources (KongVault) are allowed to set `konnectNamespacedRef.namespace`.
     *
     * @schema KongConsumerSpecControlPlaneRefKonnectNamespacedRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KongConsumerSpecControlPlaneRefKonnectNamespacedRef' to JSON representation.
 */
export declare function toJson_KongConsumerSpecControlPlaneRefKonnectNamespacedRef(obj: KongConsumerSpecControlPlaneRefKonnectNamespacedRef | undefined): Record<string, any> | undefined;
/**
 * Type indicates the type of the control plane being referenced. Allowed values:
 * - konnectID
 * - konnectNamespacedRef
 * - kic
 *
 * The default is kic, which implies that the Control Plane is KIC.
 *
 * @schema KongConsumerSpecControlPlaneRefType
 */
export declare enum KongConsumerSpecControlPlaneRefType {
    /** konnectID */
    KONNECT_ID = "konnectID",
    /** konnectNamespacedRef */
    KONNECT_NAMESPACED_REF = "konnectNamespacedRef",
    /** kic */
    KIC = "kic"
}
/**
 * KongConsumerGroup is the Schema for the kongconsumergroups API.
 *
 * @schema KongConsumerGroup
 */
export declare class KongConsumerGroup extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongConsumerGroup"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongConsumerGroup".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KongConsumerGroupProps): any;
    /**
     * Defines a "KongConsumerGroup" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KongConsumerGroupProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongConsumerGroup is the Schema for the kongconsumergroups API.
 *
 * @schema KongConsumerGroup
 */
export interface KongConsumerGroupProps {
    /**
     * @schema KongConsumerGroup#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KongConsumerGroupSpec defines the desired state of KongConsumerGroup.
     *
     * @schema KongConsumerGroup#spec
     */
    readonly spec?: KongConsumerGroupSpec;
}
/**
 * Converts an object of type 'KongConsumerGroupProps' to JSON representation.
 */
export declare function toJson_KongConsumerGroupProps(obj: KongConsumerGroupProps | undefined): Record<string, any> | undefined;
/**
 * KongConsumerGroupSpec defines the desired state of KongConsumerGroup.
 *
 * @schema KongConsumerGroupSpec
 */
export interface KongConsumerGroupSpec {
    /**
     * ControlPlaneRef is a reference to a ControlPlane this ConsumerGroup is associated with.
     *
     * @schema KongConsumerGroupSpec#controlPlaneRef
     */
    readonly controlPlaneRef?: KongConsumerGroupSpecControlPlaneRef;
    /**
     * Name is the name of the ConsumerGroup in Kong.
     *
     * @schema KongConsumerGroupSpec#name
     */
    readonly name?: string;
    /**
     * Tags is an optional set of tags applied to the ConsumerGroup.
     *
     * @schema KongConsumerGroupSpec#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'KongConsumerGroupSpec' to JSON representation.
 */
export declare function toJson_KongConsumerGroupSpec(obj: KongConsumerGroupSpec | undefined): Record<string, any> | undefined;
/**
 * ControlPlaneRef is a reference to a ControlPlane this ConsumerGroup is associated with.
 *
 * @schema KongConsumerGroupSpecControlPlaneRef
 */
export interface KongConsumerGroupSpecControlPlaneRef {
    /**
     * KonnectID is the schema for the KonnectID type.
     * This field is required when the Type is konnectID.
     *
     * @schema KongConsumerGroupSpecControlPlaneRef#konnectID
     */
    readonly konnectId?: string;
    /**
     * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
     * It contains the name of the Konnect Control Plane.
     * This field is required when the Type is konnectNamespacedRef.
     *
     * @schema KongConsumerGroupSpecControlPlaneRef#konnectNamespacedRef
     */
    readonly konnectNamespacedRef?: KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef;
    /**
     * Type indicates the type of the control plane being referenced. Allowed values:
     * - konnectID
     * - konnectNamespacedRef
     * - kic
     *
     * The default is kic, which implies that the Control Plane is KIC.
     *
     * @schema KongConsumerGroupSpecControlPlaneRef#type
     */
    readonly type?: KongConsumerGroupSpecControlPlaneRefType;
}
/**
 * Converts an object of type 'KongConsumerGroupSpecControlPlaneRef' to JSON representation.
 */
export declare function toJson_KongConsumerGroupSpecControlPlaneRef(obj: KongConsumerGroupSpecControlPlaneRef | undefined): Record<string, any> | undefined;
/**
 * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
 * It contains the name of the Konnect Control Plane.
 * This field is required when the Type is konnectNamespacedRef.
 *
 * @schema KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef
 */
export interface KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef {
    /**
     * Name is the name of the Konnect Control Plane.
     *
     * @schema KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace where the Konnect Control Plane is in.
     * Currently only cluster scoped resources (KongVault) are allowed to set `konnectNamespacedRef.namespace`.
     *
     * @schema KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef' to JSON representation.
 */
export declare function toJson_KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef(obj: KongConsumerGroupSpecControlPlaneRefKonnectNamespacedRef | undefined): Record<string, any> | undefined;
/**
 * Type indicates the type of the control plane being referenced. Allowed values:
 * - konnectID
 * - konnectNamespacedRef
 * - kic
 *
 * The default is kic, which implies that the Control Plane is KIC.
 *
 * @schema KongConsumerGroupSpecControlPlaneRefType
 */
export declare enum KongConsumerGroupSpecControlPlaneRefType {
    /** konnectID */
    KONNECT_ID = "konnectID",
    /** konnectNamespacedRef */
    KONNECT_NAMESPACED_REF = "konnectNamespacedRef",
    /** kic */
    KIC = "kic"
}
/**
 * KongCustomEntity defines a "custom" Kong entity that KIC cannot support the entity type directly.
 *
 * @schema KongCustomEntity
 */
export declare class KongCustomEntity extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongCustomEntity"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongCustomEntity".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KongCustomEntityProps): any;
    /**
     * Defines a "KongCustomEntity" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KongCustomEntityProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongCustomEntity defines a "custom" Kong entity that KIC cannot support the entity type directly.
 *
 * @schema KongCustomEntity
 */
export interface KongCustomEntityProps {
    /**
     * @schema KongCustomEntity#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KongCustomEntitySpec defines the specification of the KongCustomEntity.
     *
     * @schema KongCustomEntity#spec
     */
    readonly spec: KongCustomEntitySpec;
}
/**
 * Converts an object of type 'KongCustomEntityProps' to JSON representation.
 */
export declare function toJson_KongCustomEntityProps(obj: KongCustomEntityProps | undefined): Record<string, any> | undefined;
/**
 * KongCustomEntitySpec defines the specification of the KongCustomEntity.
 *
 * @schema KongCustomEntitySpec
 */
export interface KongCustomEntitySpec {
    /**
     * ControllerName specifies the controller that should reconcile it, like ingress class.
     *
     * @schema KongCustomEntitySpec#controllerName
     */
    readonly controllerName: string;
    /**
     * Fields defines the fields of the Kong entity itself.
     *
     * @schema KongCustomEntitySpec#fields
     */
    readonly fields: any;
    /**
     * ParentRef references the kubernetes resource it attached to when its scope is "attached".
     * Currently only KongPlugin/KongClusterPlugin allowed. This will make the custom entity to be attached
     * to the entity(service/route/consumer) where the plugin is attached.
     *
     * @schema KongCustomEntitySpec#parentRef
     */
    readonly parentRef?: KongCustomEntitySpecParentRef;
    /**
     * EntityType is the type of the Kong entity. The type is used in generating declarative configuration.
     *
     * @schema KongCustomEntitySpec#type
     */
    readonly type: string;
}
/**
 * Converts an object of type 'KongCustomEntitySpec' to JSON representation.
 */
export declare function toJson_KongCustomEntitySpec(obj: KongCustomEntitySpec | undefined): Record<string, any> | undefined;
/**
 * ParentRef references the kubernetes resource it attached to when its scope is "attached".
 * Currently only KongPlugin/KongClusterPlugin allowed. This will make the custom entity to be attached
 * to the entity(service/route/consumer) where the plugin is attached.
 *
 * @schema KongCustomEntitySpecParentRef
 */
export interface KongCustomEntitySpecParentRef {
    /**
     * Group defines the API group of the referred object.
     *
     * @schema KongCustomEntitySpecParentRef#group
     */
    readonly group?: string;
    /**
     * Kind defines the kind of the referred object.
     *
     * @schema KongCustomEntitySpecParentRef#kind
     */
    readonly kind?: KongCustomEntitySpecParentRefKind;
    /**
     * Name defines the name of the referred object.
     *
     * @schema KongCustomEntitySpecParentRef#name
     */
    readonly name: string;
    /**
     * Empty namespace means the same namespace of the owning object.
     *
     * @schema KongCustomEntitySpecParentRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KongCustomEntitySpecParentRef' to JSON representation.
 */
export declare function toJson_KongCustomEntitySpecParentRef(obj: KongCustomEntitySpecParentRef | undefined): Record<string, any> | undefined;
/**
 * Kind defines the kind of the referred object.
 *
 * @schema KongCustomEntitySpecParentRefKind
 */
export declare enum KongCustomEntitySpecParentRefKind {
    /** KongPlugin */
    KONG_PLUGIN = "KongPlugin",
    /** KongClusterPlugin */
    KONG_CLUSTER_PLUGIN = "KongClusterPlugin"
}
/**
 * KongIngress is the Schema for the kongingresses API.
Deprecated: Use annotations and KongUpstreamPolicy instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/kongingress/
 *
 * @schema KongIngress
 */
export declare class KongIngress extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongIngress"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongIngress".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KongIngressProps): any;
    /**
     * Defines a "KongIngress" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KongIngressProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongIngress is the Schema for the kongingresses API.
 * Deprecated: Use annotations and KongUpstreamPolicy instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/kongingress/
 *
 * @schema KongIngress
 */
export interface KongIngressProps {
    /**
     * @schema KongIngress#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Proxy defines additional connection options for the routes to be configured in the
     * Kong Gateway, e.g. `connection_timeout`, `retries`, etc.
     *
     * @schema KongIngress#proxy
     */
    readonly proxy?: KongIngressProxy;
    /**
     * Route define rules to match client requests.
     * Each Route is associated with a Service,
     * and a Service may have multiple Routes associated to it.
     *
     * @schema KongIngress#route
     */
    readonly route?: KongIngressRoute;
    /**
     * Upstream represents a virtual hostname and can be used to loadbalance
     * incoming requests over multiple targets (e.g. Kubernetes `Services` can
     * be a target, OR `Endpoints` can be targets).
     *
     * @schema KongIngress#upstream
     */
    readonly upstream?: KongIngressUpstream;
}
/**
 * Converts an object of type 'KongIngressProps' to JSON representation.
 */
export declare function toJson_KongIngressProps(obj: KongIngressProps | undefined): Record<string, any> | undefined;
/**
 * Proxy defines additional connection options for the routes to be configured in the
 * Kong Gateway, e.g. `connection_timeout`, `retries`, etc.
 *
 * @schema KongIngressProxy
 */
export interface KongIngressProxy {
    /**
     * The timeout in milliseconds for	establishing a connection to the upstream server.
     * Deprecated: use Service's "konghq.com/connect-timeout" annotation instead.
     *
     * @schema KongIngressProxy#connect_timeout
     */
    readonly connectTimeout?: number;
    /**
     * (optional) The path to be used in requests to the upstream server.
     * Deprecated: use Service's "konghq.com/path" annotation instead.
     *
     * @schema KongIngressProxy#path
     */
    readonly path?: string;
    /**
     * The protocol used to communicate with the upstream.
     * Deprecated: use Service's "konghq.com/protocol" annotation instead.
     *
     * @schema KongIngressProxy#protocol
     */
    readonly protocol?: KongIngressProxyProtocol;
    /**
     * The timeout in milliseconds between two successive read operations
     * for transmitting a request to the upstream server.
     * Deprecated: use Service's "konghq.com/read-timeout" annotation instead.
     *
     * @schema KongIngressProxy#read_timeout
     */
    readonly readTimeout?: number;
    /**
     * The number of retries to execute upon failure to proxy.
     * Deprecated: use Service's "konghq.com/retries" annotation instead.
     *
     * @schema KongIngressProxy#retries
     */
    readonly retries?: number;
    /**
     * The timeout in milliseconds between two successive write operations
     * for transmitting a request to the upstream server.
     * Deprecated: use Service's "konghq.com/write-timeout" annotation instead.
     *
     * @schema KongIngressProxy#write_timeout
     */
    readonly writeTimeout?: number;
}
/**
 * Converts an object of type 'KongIngressProxy' to JSON representation.
 */
export declare function toJson_KongIngressProxy(obj: KongIngressProxy | undefined): Record<string, any> | undefined;
/**
 * Route define rules to match client requests.
 * Each Route is associated with a Service,
 * and a Service may have multiple Routes associated to it.
 *
 * @schema KongIngressRoute
 */
export interface KongIngressRoute {
    /**
     * Headers contains one or more lists of values indexed by header name
     * that will cause this Route to match if present in the request.
     * The Host header cannot be used with this attribute.
     * Deprecated: use Ingress' "konghq.com/headers" annotation instead.
     *
     * @schema KongIngressRoute#headers
     */
    readonly headers?: {
        [key: string]: string[];
    };
    /**
     * HTTPSRedirectStatusCode is the status code Kong responds with
     * when all properties of a Route match except the protocol.
     * Deprecated: use Ingress' "ingress.kubernetes.io/force-ssl-redirect" or
     * "konghq.com/https-redirect-status-code" annotations instead.
     *
     * @schema KongIngressRoute#https_redirect_status_code
     */
    readonly httpsRedirectStatusCode?: number;
    /**
     * Methods is a list of HTTP methods that match this Route.
     * Deprecated: use Ingress' "konghq.com/methods" annotation instead.
     *
     * @schema KongIngressRoute#methods
     */
    readonly methods?: string[];
    /**
     * PathHandling controls how the Service path, Route path and requested path
     * are combined when sending a request to the upstream.
     * Deprecated: use Ingress' "konghq.com/path-handling" annotation instead.
     *
     * @schema KongIngressRoute#path_handling
     */
    readonly pathHandling?: KongIngressRoutePathHandling;
    /**
     * PreserveHost sets When matching a Route via one of the hosts domain names,
     * use the request Host header in the upstream request headers.
     * If set to false, the upstream Host header will be that of the Service’s host.
     * Deprecated: use Ingress' "konghq.com/preserve-host" annotation instead.
     *
     * @schema KongIngressRoute#preserve_host
     */
    readonly preserveHost?: boolean;
    /**
     * Protocols is an array of the protocols this Route should allow.
     * Deprecated: use Ingress' "konghq.com/protocols" annotation instead.
     *
     * @schema KongIngressRoute#protocols
     */
    readonly protocols?: KongIngressRouteProtocols[];
    /**
     * RegexPriority is a number used to choose which route resolves a given request
     * when several routes match it using regexes simultaneously.
     * Deprecated: use Ingress' "konghq.com/regex-priority" annotation instead.
     *
     * @schema KongIngressRoute#regex_priority
     */
    readonly regexPriority?: number;
    /**
     * RequestBuffering sets whether to enable request body buffering or not.
     * Deprecated: use Ingress' "konghq.com/request-buffering" annotation instead.
     *
     * @schema KongIngressRoute#request_buffering
     */
    readonly requestBuffering?: boolean;
    /**
     * ResponseBuffering sets whether to enable response body buffering or not.
     * Deprecated: use Ingress' "konghq.com/response-buffering" annotation instead.
     *
     * @schema KongIngressRoute#response_buffering
     */
    readonly responseBuffering?: boolean;
    /**
     * SNIs is a list of SNIs that match this Route when using stream routing.
     * Deprecated: use Ingress' "konghq.com/snis" annotation instead.
     *
     * @schema KongIngressRoute#snis
     */
    readonly snis?: string[];
    /**
     * StripPath sets When matching a Route via one of the paths
     * strip the matching prefix from the upstream request URL.
     * Deprecated: use Ingress' "konghq.com/strip-path" annotation instead.
     *
     * @schema KongIngressRoute#strip_path
     */
    readonly stripPath?: boolean;
}
/**
 * Converts an object of type 'KongIngressRoute' to JSON representation.
 */
export declare function toJson_KongIngressRoute(obj: KongIngressRoute | undefined): Record<string, any> | undefined;
/**
 * Upstream represents a virtual hostname and can be used to loadbalance
 * incoming requests over multiple targets (e.g. Kubernetes `Services` can
 * be a target, OR `Endpoints` can be targets).
 *
 * @schema KongIngressUpstream
 */
export interface KongIngressUpstream {
    /**
     * Algorithm is the load balancing algorithm to use.
     * Accepted values are: "round-robin", "consistent-hashing", "least-connections", "latency".
     *
     * @schema KongIngressUpstream#algorithm
     */
    readonly algorithm?: KongIngressUpstreamAlgorithm;
    /**
     * HashFallback defines What to use as hashing input
     * if the primary hash_on does not return a hash.
     * Accepted values are: "none", "consumer", "ip", "header", "cookie".
     *
     * @schema KongIngressUpstream#hash_fallback
     */
    readonly hashFallback?: string;
    /**
     * HashFallbackHeader is the header name to take the value from as hash input.
     * Only required when "hash_fallback" is set to "header".
     *
     * @schema KongIngressUpstream#hash_fallback_header
     */
    readonly hashFallbackHeader?: string;
    /**
     * HashFallbackQueryArg is the "hash_fallback" version of HashOnQueryArg.
     *
     * @schema KongIngressUpstream#hash_fallback_query_arg
     */
    readonly hashFallbackQueryArg?: string;
    /**
     * HashFallbackURICapture is the "hash_fallback" version of HashOnURICapture.
     *
     * @schema KongIngressUpstream#hash_fallback_uri_capture
     */
    readonly hashFallbackUriCapture?: string;
    /**
     * HashOn defines what to use as hashing input.
     * Accepted values are: "none", "consumer", "ip", "header", "cookie", "path", "query_arg", "uri_capture".
     *
     * @schema KongIngressUpstream#hash_on
     */
    readonly hashOn?: string;
    /**
     * The cookie name to take the value from as hash input.
     * Only required when "hash_on" or "hash_fallback" is set to "cookie".
     *
     * @schema KongIngressUpstream#hash_on_cookie
     */
    readonly hashOnCookie?: string;
    /**
     * The cookie path to set in the response headers.
     * Only required when "hash_on" or "hash_fallback" is set to "cookie".
     *
     * @schema KongIngressUpstream#hash_on_cookie_path
     */
    readonly hashOnCookiePath?: string;
    /**
     * HashOnHeader defines the header name to take the value from as hash input.
     * Only required when "hash_on" is set to "header".
     *
     * @schema KongIngressUpstream#hash_on_header
     */
    readonly hashOnHeader?: string;
    /**
     * HashOnQueryArg is the query string parameter whose value is the hash input when "hash_on" is set to "query_arg".
     *
     * @schema KongIngressUpstream#hash_on_query_arg
     */
    readonly hashOnQueryArg?: string;
    /**
     * HashOnURICapture is the name of the capture group whose value is the hash input when "hash_on" is set to
     * "uri_capture".
     *
     * @schema KongIngressUpstream#hash_on_uri_capture
     */
    readonly hashOnUriCapture?: string;
    /**
     * Healthchecks defines the health check configurations in Kong.
     *
     * @schema KongIngressUpstream#healthchecks
     */
    readonly healthchecks?: KongIngressUpstreamHealthchecks;
    /**
     * HostHeader is The hostname to be used as Host header
     * when proxying requests through Kong.
     *
     * @schema KongIngressUpstream#host_header
     */
    readonly hostHeader?: string;
    /**
     * Slots is the number of slots in the load balancer algorithm.
     *
     * @schema KongIngressUpstream#slots
     */
    readonly slots?: number;
}
/**
 * Converts an object of type 'KongIngressUpstream' to JSON representation.
 */
export declare function toJson_KongIngressUpstream(obj: KongIngressUpstream | undefined): Record<string, any> | undefined;
/**
 * The protocol used to communicate with the upstream.
 * Deprecated: use Service's "konghq.com/protocol" annotation instead.
 *
 * @schema KongIngressProxyProtocol
 */
export declare enum KongIngressProxyProtocol {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs",
    /** tcp */
    TCP = "tcp",
    /** tls */
    TLS = "tls",
    /** udp */
    UDP = "udp"
}
/**
 * PathHandling controls how the Service path, Route path and requested path
 * are combined when sending a request to the upstream.
 * Deprecated: use Ingress' "konghq.com/path-handling" annotation instead.
 *
 * @schema KongIngressRoutePathHandling
 */
export declare enum KongIngressRoutePathHandling {
    /** v0 */
    V0 = "v0",
    /** v1 */
    V1 = "v1"
}
/**
 * KongProtocol is a valid Kong protocol.
 * This alias is necessary to deal with https://github.com/kubernetes-sigs/controller-tools/issues/342
 *
 * @schema KongIngressRouteProtocols
 */
export declare enum KongIngressRouteProtocols {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs",
    /** tcp */
    TCP = "tcp",
    /** tls */
    TLS = "tls",
    /** udp */
    UDP = "udp"
}
/**
 * Algorithm is the load balancing algorithm to use.
 * Accepted values are: "round-robin", "consistent-hashing", "least-connections", "latency".
 *
 * @schema KongIngressUpstreamAlgorithm
 */
export declare enum KongIngressUpstreamAlgorithm {
    /** round-robin */
    ROUND_HYPHEN_ROBIN = "round-robin",
    /** consistent-hashing */
    CONSISTENT_HYPHEN_HASHING = "consistent-hashing",
    /** least-connections */
    LEAST_HYPHEN_CONNECTIONS = "least-connections",
    /** latency */
    LATENCY = "latency"
}
/**
 * Healthchecks defines the health check configurations in Kong.
 *
 * @schema KongIngressUpstreamHealthchecks
 */
export interface KongIngressUpstreamHealthchecks {
    /**
     * ActiveHealthcheck configures active health check probing.
     *
     * @schema KongIngressUpstreamHealthchecks#active
     */
    readonly active?: KongIngressUpstreamHealthchecksActive;
    /**
     * PassiveHealthcheck configures passive checks around
     * passive health checks.
     *
     * @schema KongIngressUpstreamHealthchecks#passive
     */
    readonly passive?: KongIngressUpstreamHealthchecksPassive;
    /**
     * @schema KongIngressUpstreamHealthchecks#threshold
     */
    readonly threshold?: number;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecks' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecks(obj: KongIngressUpstreamHealthchecks | undefined): Record<string, any> | undefined;
/**
 * ActiveHealthcheck configures active health check probing.
 *
 * @schema KongIngressUpstreamHealthchecksActive
 */
export interface KongIngressUpstreamHealthchecksActive {
    /**
     * @schema KongIngressUpstreamHealthchecksActive#concurrency
     */
    readonly concurrency?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#headers
     */
    readonly headers?: {
        [key: string]: string[];
    };
    /**
     * Healthy configures thresholds and HTTP status codes
     * to mark targets healthy for an upstream.
     *
     * @schema KongIngressUpstreamHealthchecksActive#healthy
     */
    readonly healthy?: KongIngressUpstreamHealthchecksActiveHealthy;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#http_path
     */
    readonly httpPath?: string;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#https_sni
     */
    readonly httpsSni?: string;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#https_verify_certificate
     */
    readonly httpsVerifyCertificate?: boolean;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#timeout
     */
    readonly timeout?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActive#type
     */
    readonly type?: string;
    /**
     * Unhealthy configures thresholds and HTTP status codes
     * to mark targets unhealthy.
     *
     * @schema KongIngressUpstreamHealthchecksActive#unhealthy
     */
    readonly unhealthy?: KongIngressUpstreamHealthchecksActiveUnhealthy;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksActive' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksActive(obj: KongIngressUpstreamHealthchecksActive | undefined): Record<string, any> | undefined;
/**
 * PassiveHealthcheck configures passive checks around
 * passive health checks.
 *
 * @schema KongIngressUpstreamHealthchecksPassive
 */
export interface KongIngressUpstreamHealthchecksPassive {
    /**
     * Healthy configures thresholds and HTTP status codes
     * to mark targets healthy for an upstream.
     *
     * @schema KongIngressUpstreamHealthchecksPassive#healthy
     */
    readonly healthy?: KongIngressUpstreamHealthchecksPassiveHealthy;
    /**
     * @schema KongIngressUpstreamHealthchecksPassive#type
     */
    readonly type?: string;
    /**
     * Unhealthy configures thresholds and HTTP status codes
     * to mark targets unhealthy.
     *
     * @schema KongIngressUpstreamHealthchecksPassive#unhealthy
     */
    readonly unhealthy?: KongIngressUpstreamHealthchecksPassiveUnhealthy;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksPassive' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksPassive(obj: KongIngressUpstreamHealthchecksPassive | undefined): Record<string, any> | undefined;
/**
 * Healthy configures thresholds and HTTP status codes
 * to mark targets healthy for an upstream.
 *
 * @schema KongIngressUpstreamHealthchecksActiveHealthy
 */
export interface KongIngressUpstreamHealthchecksActiveHealthy {
    /**
     * @schema KongIngressUpstreamHealthchecksActiveHealthy#http_statuses
     */
    readonly httpStatuses?: number[];
    /**
     * @schema KongIngressUpstreamHealthchecksActiveHealthy#interval
     */
    readonly interval?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActiveHealthy#successes
     */
    readonly successes?: number;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksActiveHealthy' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksActiveHealthy(obj: KongIngressUpstreamHealthchecksActiveHealthy | undefined): Record<string, any> | undefined;
/**
 * Unhealthy configures thresholds and HTTP status codes
 * to mark targets unhealthy.
 *
 * @schema KongIngressUpstreamHealthchecksActiveUnhealthy
 */
export interface KongIngressUpstreamHealthchecksActiveUnhealthy {
    /**
     * @schema KongIngressUpstreamHealthchecksActiveUnhealthy#http_failures
     */
    readonly httpFailures?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActiveUnhealthy#http_statuses
     */
    readonly httpStatuses?: number[];
    /**
     * @schema KongIngressUpstreamHealthchecksActiveUnhealthy#interval
     */
    readonly interval?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActiveUnhealthy#tcp_failures
     */
    readonly tcpFailures?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksActiveUnhealthy#timeouts
     */
    readonly timeouts?: number;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksActiveUnhealthy' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksActiveUnhealthy(obj: KongIngressUpstreamHealthchecksActiveUnhealthy | undefined): Record<string, any> | undefined;
/**
 * Healthy configures thresholds and HTTP status codes
 * to mark targets healthy for an upstream.
 *
 * @schema KongIngressUpstreamHealthchecksPassiveHealthy
 */
export interface KongIngressUpstreamHealthchecksPassiveHealthy {
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveHealthy#http_statuses
     */
    readonly httpStatuses?: number[];
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveHealthy#interval
     */
    readonly interval?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveHealthy#successes
     */
    readonly successes?: number;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksPassiveHealthy' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksPassiveHealthy(obj: KongIngressUpstreamHealthchecksPassiveHealthy | undefined): Record<string, any> | undefined;
/**
 * Unhealthy configures thresholds and HTTP status codes
 * to mark targets unhealthy.
 *
 * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy
 */
export interface KongIngressUpstreamHealthchecksPassiveUnhealthy {
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy#http_failures
     */
    readonly httpFailures?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy#http_statuses
     */
    readonly httpStatuses?: number[];
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy#interval
     */
    readonly interval?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy#tcp_failures
     */
    readonly tcpFailures?: number;
    /**
     * @schema KongIngressUpstreamHealthchecksPassiveUnhealthy#timeouts
     */
    readonly timeouts?: number;
}
/**
 * Converts an object of type 'KongIngressUpstreamHealthchecksPassiveUnhealthy' to JSON representation.
 */
export declare function toJson_KongIngressUpstreamHealthchecksPassiveUnhealthy(obj: KongIngressUpstreamHealthchecksPassiveUnhealthy | undefined): Record<string, any> | undefined;
/**
 * KongLicense stores a Kong enterprise license to apply to managed Kong gateway instances.
 *
 * @schema KongLicense
 */
export declare class KongLicense extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongLicense"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongLicense".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KongLicenseProps): any;
    /**
     * Defines a "KongLicense" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KongLicenseProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongLicense stores a Kong enterprise license to apply to managed Kong gateway instances.
 *
 * @schema KongLicense
 */
export interface KongLicenseProps {
    /**
     * @schema KongLicense#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Enabled is set to true to let controllers (like KIC or KGO) to reconcile it.
     * Default value is true to apply the license by default.
     *
     * @schema KongLicense#enabled
     */
    readonly enabled: boolean;
    /**
     * RawLicenseString is a string with the raw content of the license.
     *
     * @schema KongLicense#rawLicenseString
     */
    readonly rawLicenseString: string;
}
/**
 * Converts an object of type 'KongLicenseProps' to JSON representation.
 */
export declare function toJson_KongLicenseProps(obj: KongLicenseProps | undefined): Record<string, any> | undefined;
/**
 * KongPlugin is the Schema for the kongplugins API.
 *
 * @schema KongPlugin
 */
export declare class KongPlugin extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongPlugin"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongPlugin".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KongPluginProps): any;
    /**
     * Defines a "KongPlugin" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KongPluginProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongPlugin is the Schema for the kongplugins API.
 *
 * @schema KongPlugin
 */
export interface KongPluginProps {
    /**
     * @schema KongPlugin#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Config contains the plugin configuration. It's a list of keys and values
     * required to configure the plugin.
     * Please read the documentation of the plugin being configured to set values
     * in here. For any plugin in Kong, anything that goes in the `config` JSON
     * key in the Admin API request, goes into this property.
     * Only one of `config` or `configFrom` may be used in a KongPlugin, not both at once.
     *
     * @schema KongPlugin#config
     */
    readonly config?: any;
    /**
     * ConfigFrom references a secret containing the plugin configuration.
     * This should be used when the plugin configuration contains sensitive information,
     * such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
     * Only one of `config` or `configFrom` may be used in a KongPlugin, not both at once.
     *
     * @schema KongPlugin#configFrom
     */
    readonly configFrom?: KongPluginConfigFrom;
    /**
     * ConfigPatches represents JSON patches to the configuration of the plugin.
     * Each item means a JSON patch to add something in the configuration,
     * where path is specified in `path` and value is in `valueFrom` referencing
     * a key in a secret.
     * When Config is specified, patches will be applied to the configuration in Config.
     * Otherwise, patches will be applied to an empty object.
     *
     * @schema KongPlugin#configPatches
     */
    readonly configPatches?: KongPluginConfigPatches[];
    /**
     * ConsumerRef is a reference to a particular consumer.
     *
     * @schema KongPlugin#consumerRef
     */
    readonly consumerRef?: string;
    /**
     * Disabled set if the plugin is disabled or not.
     *
     * @schema KongPlugin#disabled
     */
    readonly disabled?: boolean;
    /**
     * InstanceName is an optional custom name to identify an instance of the plugin. This is useful when running the
     * same plugin in multiple contexts, for example, on multiple services.
     *
     * @schema KongPlugin#instance_name
     */
    readonly instanceName?: string;
    /**
     * Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise.
     * `<phase>` is a request processing phase (for example, `access` or `body_filter`) and
     * `<plugin>` is the name of the plugin that will run before or after the KongPlugin.
     * For example, a KongPlugin with `plugin: rate-limiting` and `before.access: ["key-auth"]`
     * will create a rate limiting plugin that limits requests _before_ they are authenticated.
     *
     * @schema KongPlugin#ordering
     */
    readonly ordering?: KongPluginOrdering;
    /**
     * PluginName is the name of the plugin to which to apply the config.
     *
     * @schema KongPlugin#plugin
     */
    readonly plugin: string;
    /**
     * Protocols configures plugin to run on requests received on specific
     * protocols.
     *
     * @schema KongPlugin#protocols
     */
    readonly protocols?: KongPluginProtocols[];
    /**
     * RunOn configures the plugin to run on the first or the second or both
     * nodes in case of a service mesh deployment.
     *
     * @schema KongPlugin#run_on
     */
    readonly runOn?: KongPluginRunOn;
}
/**
 * Converts an object of type 'KongPluginProps' to JSON representation.
 */
export declare function toJson_KongPluginProps(obj: KongPluginProps | undefined): Record<string, any> | undefined;
/**
 * ConfigFrom references a secret containing the plugin configuration.
 * This should be used when the plugin configuration contains sensitive information,
 * such as AWS credentials in the Lambda plugin or the client secret in the OIDC plugin.
 * Only one of `config` or `configFrom` may be used in a KongPlugin, not both at once.
 *
 * @schema KongPluginConfigFrom
 */
export interface KongPluginConfigFrom {
    /**
     * Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.
     *
     * @schema KongPluginConfigFrom#secretKeyRef
     */
    readonly secretKeyRef: KongPluginConfigFromSecretKeyRef;
}
/**
 * Converts an object of type 'KongPluginConfigFrom' to JSON representation.
 */
export declare function toJson_KongPluginConfigFrom(obj: KongPluginConfigFrom | undefined): Record<string, any> | undefined;
/**
 * ConfigPatch is a JSON patch (RFC6902) to add values from Secret to the generated configuration.
 * It is an equivalent of the following patch:
 * `{"op": "add", "path": {.Path}, "value": {.ComputedValueFrom}}`.
 *
 * @schema KongPluginConfigPatches
 */
export interface KongPluginConfigPatches {
    /**
     * Path is the JSON-Pointer value (RFC6901) that references a location within the target configuration.
     *
     * @schema KongPluginConfigPatches#path
     */
    readonly path: string;
    /**
     * ValueFrom is the reference to a key of a secret where the patched value comes from.
     *
     * @schema KongPluginConfigPatches#valueFrom
     */
    readonly valueFrom: KongPluginConfigPatchesValueFrom;
}
/**
 * Converts an object of type 'KongPluginConfigPatches' to JSON representation.
 */
export declare function toJson_KongPluginConfigPatches(obj: KongPluginConfigPatches | undefined): Record<string, any> | undefined;
/**
 * Ordering overrides the normal plugin execution order. It's only available on Kong Enterprise.
 * `<phase>` is a request processing phase (for example, `access` or `body_filter`) and
 * `<plugin>` is the name of the plugin that will run before or after the KongPlugin.
 * For example, a KongPlugin with `plugin: rate-limiting` and `before.access: ["key-auth"]`
 * will create a rate limiting plugin that limits requests _before_ they are authenticated.
 *
 * @schema KongPluginOrdering
 */
export interface KongPluginOrdering {
    /**
     * PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order
     *
     * @schema KongPluginOrdering#after
     */
    readonly after?: {
        [key: string]: string[];
    };
    /**
     * PluginOrderingPhase indicates which plugins in a phase should affect the target plugin's order
     *
     * @schema KongPluginOrdering#before
     */
    readonly before?: {
        [key: string]: string[];
    };
}
/**
 * Converts an object of type 'KongPluginOrdering' to JSON representation.
 */
export declare function toJson_KongPluginOrdering(obj: KongPluginOrdering | undefined): Record<string, any> | undefined;
/**
 * KongProtocol is a valid Kong protocol.
 * This alias is necessary to deal with https://github.com/kubernetes-sigs/controller-tools/issues/342
 *
 * @schema KongPluginProtocols
 */
export declare enum KongPluginProtocols {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs",
    /** tcp */
    TCP = "tcp",
    /** tls */
    TLS = "tls",
    /** udp */
    UDP = "udp"
}
/**
 * RunOn configures the plugin to run on the first or the second or both
 * nodes in case of a service mesh deployment.
 *
 * @schema KongPluginRunOn
 */
export declare enum KongPluginRunOn {
    /** first */
    FIRST = "first",
    /** second */
    SECOND = "second",
    /** all */
    ALL = "all"
}
/**
 * Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.
 *
 * @schema KongPluginConfigFromSecretKeyRef
 */
export interface KongPluginConfigFromSecretKeyRef {
    /**
     * The key containing the value.
     *
     * @schema KongPluginConfigFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * The secret containing the key.
     *
     * @schema KongPluginConfigFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KongPluginConfigFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KongPluginConfigFromSecretKeyRef(obj: KongPluginConfigFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * ValueFrom is the reference to a key of a secret where the patched value comes from.
 *
 * @schema KongPluginConfigPatchesValueFrom
 */
export interface KongPluginConfigPatchesValueFrom {
    /**
     * Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.
     *
     * @schema KongPluginConfigPatchesValueFrom#secretKeyRef
     */
    readonly secretKeyRef: KongPluginConfigPatchesValueFromSecretKeyRef;
}
/**
 * Converts an object of type 'KongPluginConfigPatchesValueFrom' to JSON representation.
 */
export declare function toJson_KongPluginConfigPatchesValueFrom(obj: KongPluginConfigPatchesValueFrom | undefined): Record<string, any> | undefined;
/**
 * Specifies a name and a key of a secret to refer to. The namespace is implicitly set to the one of referring object.
 *
 * @schema KongPluginConfigPatchesValueFromSecretKeyRef
 */
export interface KongPluginConfigPatchesValueFromSecretKeyRef {
    /**
     * The key containing the value.
     *
     * @schema KongPluginConfigPatchesValueFromSecretKeyRef#key
     */
    readonly key: string;
    /**
     * The secret containing the key.
     *
     * @schema KongPluginConfigPatchesValueFromSecretKeyRef#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'KongPluginConfigPatchesValueFromSecretKeyRef' to JSON representation.
 */
export declare function toJson_KongPluginConfigPatchesValueFromSecretKeyRef(obj: KongPluginConfigPatchesValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
/**
 * KongUpstreamPolicy allows configuring algorithm that should be used for load balancing traffic between Kong
Upstream's Targets. It also allows configuring health checks for Kong Upstream's Targets.

Its configuration is similar to Kong Upstream object (https://docs.konghq.com/gateway/latest/admin-api/#upstream-object),
and it is applied to Kong Upstream objects created by the controller.

It can be attached to Services. To attach it to a Service, it has to be annotated with
`konghq.com/upstream-policy: <name>`, where `<name>` is the name of the KongUpstreamPolicy
object in the same namespace as the Service.

When attached to a Service, it will affect all Kong Upstreams created for the Service.

When attached to a Service used in a Gateway API *Route rule with multiple BackendRefs, all of its Services MUST
be configured with the same KongUpstreamPolicy. Otherwise, the controller will *ignore* the KongUpstreamPolicy.

Note: KongUpstreamPolicy doesn't implement Gateway API's GEP-713 strictly.
In particular, it doesn't use the TargetRef for attaching to Services and Gateway API *Routes - annotations are
used instead. This is to allow reusing the same KongUpstreamPolicy for multiple Services and Gateway API *Routes.
 *
 * @schema KongUpstreamPolicy
 */
export declare class KongUpstreamPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongUpstreamPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongUpstreamPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: KongUpstreamPolicyProps): any;
    /**
     * Defines a "KongUpstreamPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: KongUpstreamPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongUpstreamPolicy allows configuring algorithm that should be used for load balancing traffic between Kong
 * Upstream's Targets. It also allows configuring health checks for Kong Upstream's Targets.
 *
 * Its configuration is similar to Kong Upstream object (https://docs.konghq.com/gateway/latest/admin-api/#upstream-object),
 * and it is applied to Kong Upstream objects created by the controller.
 *
 * It can be attached to Services. To attach it to a Service, it has to be annotated with
 * `konghq.com/upstream-policy: <name>`, where `<name>` is the name of the KongUpstreamPolicy
 * object in the same namespace as the Service.
 *
 * When attached to a Service, it will affect all Kong Upstreams created for the Service.
 *
 * When attached to a Service used in a Gateway API *Route rule with multiple BackendRefs, all of its Services MUST
 * be configured with the same KongUpstreamPolicy. Otherwise, the controller will *ignore* the KongUpstreamPolicy.
 *
 * Note: KongUpstreamPolicy doesn't implement Gateway API's GEP-713 strictly.
 * In particular, it doesn't use the TargetRef for attaching to Services and Gateway API *Routes - annotations are
 * used instead. This is to allow reusing the same KongUpstreamPolicy for multiple Services and Gateway API *Routes.
 *
 * @schema KongUpstreamPolicy
 */
export interface KongUpstreamPolicyProps {
    /**
     * @schema KongUpstreamPolicy#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec contains the configuration of the Kong upstream.
     *
     * @schema KongUpstreamPolicy#spec
     */
    readonly spec?: KongUpstreamPolicySpec;
}
/**
 * Converts an object of type 'KongUpstreamPolicyProps' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicyProps(obj: KongUpstreamPolicyProps | undefined): Record<string, any> | undefined;
/**
 * Spec contains the configuration of the Kong upstream.
 *
 * @schema KongUpstreamPolicySpec
 */
export interface KongUpstreamPolicySpec {
    /**
     * Algorithm is the load balancing algorithm to use.
     * Accepted values are: "round-robin", "consistent-hashing", "least-connections", "latency", "sticky-sessions"
     *
     * @schema KongUpstreamPolicySpec#algorithm
     */
    readonly algorithm?: KongUpstreamPolicySpecAlgorithm;
    /**
     * HashOn defines how to calculate hash for consistent-hashing or sticky-sessions load balancing algorithm.
     * Algorithm must be set to "consistent-hashing" or "sticky-sessions" for this field to have effect.
     *
     * @schema KongUpstreamPolicySpec#hashOn
     */
    readonly hashOn?: KongUpstreamPolicySpecHashOn;
    /**
     * HashOnFallback defines how to calculate hash for consistent-hashing load balancing algorithm if the primary hash
     * function fails.
     * Algorithm must be set to "consistent-hashing" for this field to have effect.
     *
     * @schema KongUpstreamPolicySpec#hashOnFallback
     */
    readonly hashOnFallback?: KongUpstreamPolicySpecHashOnFallback;
    /**
     * Healthchecks defines the health check configurations in Kong.
     *
     * @schema KongUpstreamPolicySpec#healthchecks
     */
    readonly healthchecks?: KongUpstreamPolicySpecHealthchecks;
    /**
     * Slots is the number of slots in the load balancer algorithm.
     * If not set, the default value in Kong for the algorithm is used.
     *
     * @schema KongUpstreamPolicySpec#slots
     */
    readonly slots?: number;
    /**
     * StickySessions defines the sticky session configuration for the upstream.
     * When enabled, clients will be routed to the same backend target based on a cookie.
     * This requires Kong Enterprise Gateway and setting `hash_on` to `none`.
     *
     * @schema KongUpstreamPolicySpec#stickySessions
     */
    readonly stickySessions?: KongUpstreamPolicySpecStickySessions;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpec' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpec(obj: KongUpstreamPolicySpec | undefined): Record<string, any> | undefined;
/**
 * Algorithm is the load balancing algorithm to use.
 * Accepted values are: "round-robin", "consistent-hashing", "least-connections", "latency", "sticky-sessions"
 *
 * @schema KongUpstreamPolicySpecAlgorithm
 */
export declare enum KongUpstreamPolicySpecAlgorithm {
    /** round-robin */
    ROUND_HYPHEN_ROBIN = "round-robin",
    /** consistent-hashing */
    CONSISTENT_HYPHEN_HASHING = "consistent-hashing",
    /** least-connections */
    LEAST_HYPHEN_CONNECTIONS = "least-connections",
    /** latency */
    LATENCY = "latency",
    /** sticky-sessions */
    STICKY_HYPHEN_SESSIONS = "sticky-sessions"
}
/**
 * HashOn defines how to calculate hash for consistent-hashing or sticky-sessions load balancing algorithm.
 * Algorithm must be set to "consistent-hashing" or "sticky-sessions" for this field to have effect.
 *
 * @schema KongUpstreamPolicySpecHashOn
 */
export interface KongUpstreamPolicySpecHashOn {
    /**
     * Cookie is the name of the cookie to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOn#cookie
     */
    readonly cookie?: string;
    /**
     * CookiePath is cookie path to set in the response headers.
     *
     * @schema KongUpstreamPolicySpecHashOn#cookiePath
     */
    readonly cookiePath?: string;
    /**
     * Header is the name of the header to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOn#header
     */
    readonly header?: string;
    /**
     * Input allows using one of the predefined inputs (ip, consumer, path, none).
     * Set this to `none` if you want to use sticky sessions.
     * For other parameterized inputs, use one of the fields below.
     *
     * @schema KongUpstreamPolicySpecHashOn#input
     */
    readonly input?: KongUpstreamPolicySpecHashOnInput;
    /**
     * QueryArg is the name of the query argument to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOn#queryArg
     */
    readonly queryArg?: string;
    /**
     * URICapture is the name of the URI capture group to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOn#uriCapture
     */
    readonly uriCapture?: string;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHashOn' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHashOn(obj: KongUpstreamPolicySpecHashOn | undefined): Record<string, any> | undefined;
/**
 * HashOnFallback defines how to calculate hash for consistent-hashing load balancing algorithm if the primary hash
 * function fails.
 * Algorithm must be set to "consistent-hashing" for this field to have effect.
 *
 * @schema KongUpstreamPolicySpecHashOnFallback
 */
export interface KongUpstreamPolicySpecHashOnFallback {
    /**
     * Cookie is the name of the cookie to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#cookie
     */
    readonly cookie?: string;
    /**
     * CookiePath is cookie path to set in the response headers.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#cookiePath
     */
    readonly cookiePath?: string;
    /**
     * Header is the name of the header to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#header
     */
    readonly header?: string;
    /**
     * Input allows using one of the predefined inputs (ip, consumer, path, none).
     * Set this to `none` if you want to use sticky sessions.
     * For other parameterized inputs, use one of the fields below.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#input
     */
    readonly input?: KongUpstreamPolicySpecHashOnFallbackInput;
    /**
     * QueryArg is the name of the query argument to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#queryArg
     */
    readonly queryArg?: string;
    /**
     * URICapture is the name of the URI capture group to use as hash input.
     *
     * @schema KongUpstreamPolicySpecHashOnFallback#uriCapture
     */
    readonly uriCapture?: string;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHashOnFallback' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHashOnFallback(obj: KongUpstreamPolicySpecHashOnFallback | undefined): Record<string, any> | undefined;
/**
 * Healthchecks defines the health check configurations in Kong.
 *
 * @schema KongUpstreamPolicySpecHealthchecks
 */
export interface KongUpstreamPolicySpecHealthchecks {
    /**
     * Active configures active health check probing.
     *
     * @schema KongUpstreamPolicySpecHealthchecks#active
     */
    readonly active?: KongUpstreamPolicySpecHealthchecksActive;
    /**
     * Passive configures passive health check probing.
     *
     * @schema KongUpstreamPolicySpecHealthchecks#passive
     */
    readonly passive?: KongUpstreamPolicySpecHealthchecksPassive;
    /**
     * Threshold is the minimum percentage of the upstream’s targets’ weight that must be available for the whole
     * upstream to be considered healthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecks#threshold
     */
    readonly threshold?: number;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecks' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecks(obj: KongUpstreamPolicySpecHealthchecks | undefined): Record<string, any> | undefined;
/**
 * StickySessions defines the sticky session configuration for the upstream.
 * When enabled, clients will be routed to the same backend target based on a cookie.
 * This requires Kong Enterprise Gateway and setting `hash_on` to `none`.
 *
 * @schema KongUpstreamPolicySpecStickySessions
 */
export interface KongUpstreamPolicySpecStickySessions {
    /**
     * Cookie is the name of the cookie to use for sticky sessions.
     * Kong will generate this cookie if it doesn't exist in the request.
     *
     * @schema KongUpstreamPolicySpecStickySessions#cookie
     */
    readonly cookie: string;
    /**
     * CookiePath is the path to set in the cookie.
     *
     * @schema KongUpstreamPolicySpecStickySessions#cookiePath
     */
    readonly cookiePath?: string;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecStickySessions' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecStickySessions(obj: KongUpstreamPolicySpecStickySessions | undefined): Record<string, any> | undefined;
/**
 * Input allows using one of the predefined inputs (ip, consumer, path, none).
 * Set this to `none` if you want to use sticky sessions.
 * For other parameterized inputs, use one of the fields below.
 *
 * @schema KongUpstreamPolicySpecHashOnInput
 */
export declare enum KongUpstreamPolicySpecHashOnInput {
    /** ip */
    IP = "ip",
    /** consumer */
    CONSUMER = "consumer",
    /** path */
    PATH = "path",
    /** none */
    NONE = "none"
}
/**
 * Input allows using one of the predefined inputs (ip, consumer, path, none).
 * Set this to `none` if you want to use sticky sessions.
 * For other parameterized inputs, use one of the fields below.
 *
 * @schema KongUpstreamPolicySpecHashOnFallbackInput
 */
export declare enum KongUpstreamPolicySpecHashOnFallbackInput {
    /** ip */
    IP = "ip",
    /** consumer */
    CONSUMER = "consumer",
    /** path */
    PATH = "path",
    /** none */
    NONE = "none"
}
/**
 * Active configures active health check probing.
 *
 * @schema KongUpstreamPolicySpecHealthchecksActive
 */
export interface KongUpstreamPolicySpecHealthchecksActive {
    /**
     * Concurrency is the number of targets to check concurrently.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#concurrency
     */
    readonly concurrency?: number;
    /**
     * Headers is a list of HTTP headers to add to the probe request.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#headers
     */
    readonly headers?: {
        [key: string]: string[];
    };
    /**
     * Healthy configures thresholds and HTTP status codes to mark targets healthy for an upstream.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#healthy
     */
    readonly healthy?: KongUpstreamPolicySpecHealthchecksActiveHealthy;
    /**
     * HTTPPath is the path to use in GET HTTP request to run as a probe.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#httpPath
     */
    readonly httpPath?: string;
    /**
     * HTTPSSNI is the SNI to use in GET HTTPS request to run as a probe.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#httpsSni
     */
    readonly httpsSni?: string;
    /**
     * HTTPSVerifyCertificate is a boolean value that indicates if the certificate should be verified.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#httpsVerifyCertificate
     */
    readonly httpsVerifyCertificate?: boolean;
    /**
     * Timeout is the probe timeout in seconds.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#timeout
     */
    readonly timeout?: number;
    /**
     * Type determines whether to perform active health checks using HTTP or HTTPS, or just attempt a TCP connection.
     * Accepted values are "http", "https", "tcp", "grpc", "grpcs".
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#type
     */
    readonly type?: KongUpstreamPolicySpecHealthchecksActiveType;
    /**
     * Unhealthy configures thresholds and HTTP status codes to mark targets unhealthy for an upstream.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActive#unhealthy
     */
    readonly unhealthy?: KongUpstreamPolicySpecHealthchecksActiveUnhealthy;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksActive' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksActive(obj: KongUpstreamPolicySpecHealthchecksActive | undefined): Record<string, any> | undefined;
/**
 * Passive configures passive health check probing.
 *
 * @schema KongUpstreamPolicySpecHealthchecksPassive
 */
export interface KongUpstreamPolicySpecHealthchecksPassive {
    /**
     * Healthy configures thresholds and HTTP status codes to mark targets healthy for an upstream.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassive#healthy
     */
    readonly healthy?: KongUpstreamPolicySpecHealthchecksPassiveHealthy;
    /**
     * Type determines whether to perform passive health checks interpreting HTTP/HTTPS statuses,
     * or just check for TCP connection success.
     * Accepted values are "http", "https", "tcp", "grpc", "grpcs".
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassive#type
     */
    readonly type?: KongUpstreamPolicySpecHealthchecksPassiveType;
    /**
     * Unhealthy configures thresholds and HTTP status codes to mark targets unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassive#unhealthy
     */
    readonly unhealthy?: KongUpstreamPolicySpecHealthchecksPassiveUnhealthy;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksPassive' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksPassive(obj: KongUpstreamPolicySpecHealthchecksPassive | undefined): Record<string, any> | undefined;
/**
 * Healthy configures thresholds and HTTP status codes to mark targets healthy for an upstream.
 *
 * @schema KongUpstreamPolicySpecHealthchecksActiveHealthy
 */
export interface KongUpstreamPolicySpecHealthchecksActiveHealthy {
    /**
     * HTTPStatuses is a list of HTTP status codes that Kong considers a success.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveHealthy#httpStatuses
     */
    readonly httpStatuses?: number[];
    /**
     * Interval is the interval between active health checks for an upstream in seconds when in a healthy state.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveHealthy#interval
     */
    readonly interval?: number;
    /**
     * Successes is the number of successes to consider a target healthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveHealthy#successes
     */
    readonly successes?: number;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksActiveHealthy' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksActiveHealthy(obj: KongUpstreamPolicySpecHealthchecksActiveHealthy | undefined): Record<string, any> | undefined;
/**
 * Type determines whether to perform active health checks using HTTP or HTTPS, or just attempt a TCP connection.
 * Accepted values are "http", "https", "tcp", "grpc", "grpcs".
 *
 * @schema KongUpstreamPolicySpecHealthchecksActiveType
 */
export declare enum KongUpstreamPolicySpecHealthchecksActiveType {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** tcp */
    TCP = "tcp",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs"
}
/**
 * Unhealthy configures thresholds and HTTP status codes to mark targets unhealthy for an upstream.
 *
 * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy
 */
export interface KongUpstreamPolicySpecHealthchecksActiveUnhealthy {
    /**
     * HTTPFailures is the number of failures to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy#httpFailures
     */
    readonly httpFailures?: number;
    /**
     * HTTPStatuses is a list of HTTP status codes that Kong considers a failure.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy#httpStatuses
     */
    readonly httpStatuses?: number[];
    /**
     * Interval is the interval between active health checks for an upstream in seconds when in an unhealthy state.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy#interval
     */
    readonly interval?: number;
    /**
     * TCPFailures is the number of TCP failures in a row to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy#tcpFailures
     */
    readonly tcpFailures?: number;
    /**
     * Timeouts is the number of timeouts in a row to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksActiveUnhealthy#timeouts
     */
    readonly timeouts?: number;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksActiveUnhealthy' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksActiveUnhealthy(obj: KongUpstreamPolicySpecHealthchecksActiveUnhealthy | undefined): Record<string, any> | undefined;
/**
 * Healthy configures thresholds and HTTP status codes to mark targets healthy for an upstream.
 *
 * @schema KongUpstreamPolicySpecHealthchecksPassiveHealthy
 */
export interface KongUpstreamPolicySpecHealthchecksPassiveHealthy {
    /**
     * HTTPStatuses is a list of HTTP status codes that Kong considers a success.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveHealthy#httpStatuses
     */
    readonly httpStatuses?: number[];
    /**
     * Interval is the interval between active health checks for an upstream in seconds when in a healthy state.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveHealthy#interval
     */
    readonly interval?: number;
    /**
     * Successes is the number of successes to consider a target healthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveHealthy#successes
     */
    readonly successes?: number;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksPassiveHealthy' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksPassiveHealthy(obj: KongUpstreamPolicySpecHealthchecksPassiveHealthy | undefined): Record<string, any> | undefined;
/**
 * Type determines whether to perform passive health checks interpreting HTTP/HTTPS statuses,
 * or just check for TCP connection success.
 * Accepted values are "http", "https", "tcp", "grpc", "grpcs".
 *
 * @schema KongUpstreamPolicySpecHealthchecksPassiveType
 */
export declare enum KongUpstreamPolicySpecHealthchecksPassiveType {
    /** http */
    HTTP = "http",
    /** https */
    HTTPS = "https",
    /** tcp */
    TCP = "tcp",
    /** grpc */
    GRPC = "grpc",
    /** grpcs */
    GRPCS = "grpcs"
}
/**
 * Unhealthy configures thresholds and HTTP status codes to mark targets unhealthy.
 *
 * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy
 */
export interface KongUpstreamPolicySpecHealthchecksPassiveUnhealthy {
    /**
     * HTTPFailures is the number of failures to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy#httpFailures
     */
    readonly httpFailures?: number;
    /**
     * HTTPStatuses is a list of HTTP status codes that Kong considers a failure.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy#httpStatuses
     */
    readonly httpStatuses?: number[];
    /**
     * Interval is the interval between active health checks for an upstream in seconds when in an unhealthy state.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy#interval
     */
    readonly interval?: number;
    /**
     * TCPFailures is the number of TCP failures in a row to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy#tcpFailures
     */
    readonly tcpFailures?: number;
    /**
     * Timeouts is the number of timeouts in a row to consider a target unhealthy.
     *
     * @schema KongUpstreamPolicySpecHealthchecksPassiveUnhealthy#timeouts
     */
    readonly timeouts?: number;
}
/**
 * Converts an object of type 'KongUpstreamPolicySpecHealthchecksPassiveUnhealthy' to JSON representation.
 */
export declare function toJson_KongUpstreamPolicySpecHealthchecksPassiveUnhealthy(obj: KongUpstreamPolicySpecHealthchecksPassiveUnhealthy | undefined): Record<string, any> | undefined;
/**
 * KongVault is the schema for kongvaults API which defines a custom Kong vault.
A Kong vault is a storage to store sensitive data, where the values can be referenced in configuration of plugins.
See: https://docs.konghq.com/gateway/latest/kong-enterprise/secrets-management/
 *
 * @schema KongVault
 */
export declare class KongVault extends ApiObject {
    /**
     * Returns the apiVersion and kind for "KongVault"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "KongVault".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: KongVaultProps): any;
    /**
     * Defines a "KongVault" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: KongVaultProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * KongVault is the schema for kongvaults API which defines a custom Kong vault.
 * A Kong vault is a storage to store sensitive data, where the values can be referenced in configuration of plugins.
 * See: https://docs.konghq.com/gateway/latest/kong-enterprise/secrets-management/
 *
 * @schema KongVault
 */
export interface KongVaultProps {
    /**
     * @schema KongVault#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * KongVaultSpec defines specification of a custom Kong vault.
     *
     * @schema KongVault#spec
     */
    readonly spec: KongVaultSpec;
}
/**
 * Converts an object of type 'KongVaultProps' to JSON representation.
 */
export declare function toJson_KongVaultProps(obj: KongVaultProps | undefined): Record<string, any> | undefined;
/**
 * KongVaultSpec defines specification of a custom Kong vault.
 *
 * @schema KongVaultSpec
 */
export interface KongVaultSpec {
    /**
     * Backend is the type of the backend storing the secrets in the vault.
     * The supported backends of Kong is listed here:
     * https://docs.konghq.com/gateway/latest/kong-enterprise/secrets-management/backends/
     *
     * @schema KongVaultSpec#backend
     */
    readonly backend: string;
    /**
     * Config is the configuration of the vault. Varies for different backends.
     *
     * @schema KongVaultSpec#config
     */
    readonly config?: any;
    /**
     * ControlPlaneRef is a reference to a Konnect ControlPlane this KongVault is associated with.
     *
     * @schema KongVaultSpec#controlPlaneRef
     */
    readonly controlPlaneRef?: KongVaultSpecControlPlaneRef;
    /**
     * Description is the additional information about the vault.
     *
     * @schema KongVaultSpec#description
     */
    readonly description?: string;
    /**
     * Prefix is the prefix of vault URI for referencing values in the vault.
     * It is immutable after created.
     *
     * @schema KongVaultSpec#prefix
     */
    readonly prefix: string;
    /**
     * Tags are the tags associated to the vault for grouping and filtering.
     *
     * @schema KongVaultSpec#tags
     */
    readonly tags?: string[];
}
/**
 * Converts an object of type 'KongVaultSpec' to JSON representation.
 */
export declare function toJson_KongVaultSpec(obj: KongVaultSpec | undefined): Record<string, any> | undefined;
/**
 * ControlPlaneRef is a reference to a Konnect ControlPlane this KongVault is associated with.
 *
 * @schema KongVaultSpecControlPlaneRef
 */
export interface KongVaultSpecControlPlaneRef {
    /**
     * KonnectID is the schema for the KonnectID type.
     * This field is required when the Type is konnectID.
     *
     * @schema KongVaultSpecControlPlaneRef#konnectID
     */
    readonly konnectId?: string;
    /**
     * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
     * It contains the name of the Konnect Control Plane.
     * This field is required when the Type is konnectNamespacedRef.
     *
     * @schema KongVaultSpecControlPlaneRef#konnectNamespacedRef
     */
    readonly konnectNamespacedRef?: KongVaultSpecControlPlaneRefKonnectNamespacedRef;
    /**
     * Type indicates the type of the control plane being referenced. Allowed values:
     * - konnectID
     * - konnectNamespacedRef
     * - kic
     *
     * The default is kic, which implies that the Control Plane is KIC.
     *
     * @schema KongVaultSpecControlPlaneRef#type
     */
    readonly type?: KongVaultSpecControlPlaneRefType;
}
/**
 * Converts an object of type 'KongVaultSpecControlPlaneRef' to JSON representation.
 */
export declare function toJson_KongVaultSpecControlPlaneRef(obj: KongVaultSpecControlPlaneRef | undefined): Record<string, any> | undefined;
/**
 * KonnectNamespacedRef is a reference to a Konnect Control Plane entity inside the cluster.
 * It contains the name of the Konnect Control Plane.
 * This field is required when the Type is konnectNamespacedRef.
 *
 * @schema KongVaultSpecControlPlaneRefKonnectNamespacedRef
 */
export interface KongVaultSpecControlPlaneRefKonnectNamespacedRef {
    /**
     * Name is the name of the Konnect Control Plane.
     *
     * @schema KongVaultSpecControlPlaneRefKonnectNamespacedRef#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace where the Konnect Control Plane is in.
     * Currently only cluster scoped resources (KongVault) are allowed to set `konnectNamespacedRef.namespace`.
     *
     * @schema KongVaultSpecControlPlaneRefKonnectNamespacedRef#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'KongVaultSpecControlPlaneRefKonnectNamespacedRef' to JSON representation.
 */
export declare function toJson_KongVaultSpecControlPlaneRefKonnectNamespacedRef(obj: KongVaultSpecControlPlaneRefKonnectNamespacedRef | undefined): Record<string, any> | undefined;
/**
 * Type indicates the type of the control plane being referenced. Allowed values:
 * - konnectID
 * - konnectNamespacedRef
 * - kic
 *
 * The default is kic, which implies that the Control Plane is KIC.
 *
 * @schema KongVaultSpecControlPlaneRefType
 */
export declare enum KongVaultSpecControlPlaneRefType {
    /** konnectID */
    KONNECT_ID = "konnectID",
    /** konnectNamespacedRef */
    KONNECT_NAMESPACED_REF = "konnectNamespacedRef",
    /** kic */
    KIC = "kic"
}
/**
 * TCPIngress is the Schema for the tcpingresses API.
Deprecated: Use Gateway API instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/ingress-to-gateway/
 *
 * @schema TCPIngress
 */
export declare class TcpIngress extends ApiObject {
    /**
     * Returns the apiVersion and kind for "TCPIngress"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "TCPIngress".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: TcpIngressProps): any;
    /**
     * Defines a "TCPIngress" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: TcpIngressProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * TCPIngress is the Schema for the tcpingresses API.
 * Deprecated: Use Gateway API instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/ingress-to-gateway/
 *
 * @schema TCPIngress
 */
export interface TcpIngressProps {
    /**
     * @schema TCPIngress#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec is the TCPIngress specification.
     *
     * @schema TCPIngress#spec
     */
    readonly spec?: TcpIngressSpec;
}
/**
 * Converts an object of type 'TcpIngressProps' to JSON representation.
 */
export declare function toJson_TcpIngressProps(obj: TcpIngressProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the TCPIngress specification.
 *
 * @schema TcpIngressSpec
 */
export interface TcpIngressSpec {
    /**
     * A list of rules used to configure the Ingress.
     *
     * @schema TcpIngressSpec#rules
     */
    readonly rules?: TcpIngressSpecRules[];
    /**
     * TLS configuration. This is similar to the `tls` section in the
     * Ingress resource in networking.v1beta1 group.
     * The mapping of SNIs to TLS cert-key pair defined here will be
     * used for HTTP Ingress rules as well. Once can define the mapping in
     * this resource or the original Ingress resource, both have the same
     * effect.
     *
     * @schema TcpIngressSpec#tls
     */
    readonly tls?: TcpIngressSpecTls[];
}
/**
 * Converts an object of type 'TcpIngressSpec' to JSON representation.
 */
export declare function toJson_TcpIngressSpec(obj: TcpIngressSpec | undefined): Record<string, any> | undefined;
/**
 * IngressRule represents a rule to apply against incoming requests.
 * Matching is performed based on an (optional) SNI and port.
 *
 * @schema TcpIngressSpecRules
 */
export interface TcpIngressSpecRules {
    /**
     * Backend defines the referenced service endpoint to which the traffic
     * will be forwarded to.
     *
     * @schema TcpIngressSpecRules#backend
     */
    readonly backend: TcpIngressSpecRulesBackend;
    /**
     * Host is the fully qualified domain name of a network host, as defined
     * by RFC 3986.
     * If a Host is not specified, then port-based TCP routing is performed. Kong
     * doesn't care about the content of the TCP stream in this case.
     * If a Host is specified, the protocol must be TLS over TCP.
     * A plain-text TCP request cannot be routed based on Host. It can only
     * be routed based on Port.
     *
     * @schema TcpIngressSpecRules#host
     */
    readonly host?: string;
    /**
     * Port is the port on which to accept TCP or TLS over TCP sessions and
     * route. It is a required field. If a Host is not specified, the requested
     * are routed based only on Port.
     *
     * @schema TcpIngressSpecRules#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'TcpIngressSpecRules' to JSON representation.
 */
export declare function toJson_TcpIngressSpecRules(obj: TcpIngressSpecRules | undefined): Record<string, any> | undefined;
/**
 * IngressTLS describes the transport layer security.
 *
 * @schema TcpIngressSpecTls
 */
export interface TcpIngressSpecTls {
    /**
     * Hosts are a list of hosts included in the TLS certificate. The values in
     * this list must match the name/s used in the tlsSecret. Defaults to the
     * wildcard host setting for the loadbalancer controller fulfilling this
     * Ingress, if left unspecified.
     *
     * @default the
     * @schema TcpIngressSpecTls#hosts
     */
    readonly hosts?: string[];
    /**
     * SecretName is the name of the secret used to terminate SSL traffic.
     *
     * @schema TcpIngressSpecTls#secretName
     */
    readonly secretName?: string;
}
/**
 * Converts an object of type 'TcpIngressSpecTls' to JSON representation.
 */
export declare function toJson_TcpIngressSpecTls(obj: TcpIngressSpecTls | undefined): Record<string, any> | undefined;
/**
 * Backend defines the referenced service endpoint to which the traffic
 * will be forwarded to.
 *
 * @schema TcpIngressSpecRulesBackend
 */
export interface TcpIngressSpecRulesBackend {
    /**
     * Specifies the name of the referenced service.
     *
     * @schema TcpIngressSpecRulesBackend#serviceName
     */
    readonly serviceName: string;
    /**
     * Specifies the port of the referenced service.
     *
     * @schema TcpIngressSpecRulesBackend#servicePort
     */
    readonly servicePort: number;
}
/**
 * Converts an object of type 'TcpIngressSpecRulesBackend' to JSON representation.
 */
export declare function toJson_TcpIngressSpecRulesBackend(obj: TcpIngressSpecRulesBackend | undefined): Record<string, any> | undefined;
/**
 * UDPIngress is the Schema for the udpingresses API.
Deprecated: Use Gateway API instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/ingress-to-gateway/
 *
 * @schema UDPIngress
 */
export declare class UdpIngress extends ApiObject {
    /**
     * Returns the apiVersion and kind for "UDPIngress"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "UDPIngress".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props?: UdpIngressProps): any;
    /**
     * Defines a "UDPIngress" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props?: UdpIngressProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * UDPIngress is the Schema for the udpingresses API.
 * Deprecated: Use Gateway API instead. See https://developer.konghq.com/kubernetes-ingress-controller/migrate/ingress-to-gateway/
 *
 * @schema UDPIngress
 */
export interface UdpIngressProps {
    /**
     * @schema UDPIngress#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * Spec is the UDPIngress specification.
     *
     * @schema UDPIngress#spec
     */
    readonly spec?: UdpIngressSpec;
}
/**
 * Converts an object of type 'UdpIngressProps' to JSON representation.
 */
export declare function toJson_UdpIngressProps(obj: UdpIngressProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the UDPIngress specification.
 *
 * @schema UdpIngressSpec
 */
export interface UdpIngressSpec {
    /**
     * A list of rules used to configure the Ingress.
     *
     * @schema UdpIngressSpec#rules
     */
    readonly rules?: UdpIngressSpecRules[];
}
/**
 * Converts an object of type 'UdpIngressSpec' to JSON representation.
 */
export declare function toJson_UdpIngressSpec(obj: UdpIngressSpec | undefined): Record<string, any> | undefined;
/**
 * UDPIngressRule represents a rule to apply against incoming requests
 * wherein no Host matching is available for request routing, only the port
 * is used to match requests.
 *
 * @schema UdpIngressSpecRules
 */
export interface UdpIngressSpecRules {
    /**
     * Backend defines the Kubernetes service which accepts traffic from the
     * listening Port defined above.
     *
     * @schema UdpIngressSpecRules#backend
     */
    readonly backend: UdpIngressSpecRulesBackend;
    /**
     * Port indicates the port for the Kong proxy to accept incoming traffic
     * on, which will then be routed to the service Backend.
     *
     * @schema UdpIngressSpecRules#port
     */
    readonly port: number;
}
/**
 * Converts an object of type 'UdpIngressSpecRules' to JSON representation.
 */
export declare function toJson_UdpIngressSpecRules(obj: UdpIngressSpecRules | undefined): Record<string, any> | undefined;
/**
 * Backend defines the Kubernetes service which accepts traffic from the
 * listening Port defined above.
 *
 * @schema UdpIngressSpecRulesBackend
 */
export interface UdpIngressSpecRulesBackend {
    /**
     * Specifies the name of the referenced service.
     *
     * @schema UdpIngressSpecRulesBackend#serviceName
     */
    readonly serviceName: string;
    /**
     * Specifies the port of the referenced service.
     *
     * @schema UdpIngressSpecRulesBackend#servicePort
     */
    readonly servicePort: number;
}
/**
 * Converts an object of type 'UdpIngressSpecRulesBackend' to JSON representation.
 */
export declare function toJson_UdpIngressSpecRulesBackend(obj: UdpIngressSpecRulesBackend | undefined): Record<string, any> | undefined;
