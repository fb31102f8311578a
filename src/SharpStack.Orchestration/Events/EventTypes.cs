namespace SharpStack.Orchestration.Events;

/// <summary>Upstream event type names for the actions SharpStack performs.</summary>
public static class EventTypes
{
    public const string UserLogin = "USER.LOGIN";
    public const string VmCreate = "VM.CREATE";
    public const string VmStart = "VM.START";
    public const string VmStop = "VM.STOP";
    public const string VmReboot = "VM.REBOOT";
    public const string VmDestroy = "VM.DESTROY";
    public const string VmExpunge = "VM.EXPUNGE";
    public const string VmRecover = "VM.RECOVER";
    public const string VmMigrate = "VM.MIGRATE";
    public const string VmUpdate = "VM.UPDATE";
    public const string VmUpgrade = "VM.UPGRADE";
    public const string VmDynamicScale = "VM.DYNAMIC.SCALE";
    public const string VmResetPassword = "VM.RESETPASSWORD";
    public const string VmResetSshKey = "VM.RESETSSHKEY";
    public const string VmRestore = "VM.RESTORE";
    public const string VolumeCreate = "VOLUME.CREATE";
    public const string VolumeDelete = "VOLUME.DELETE";
    public const string VolumeAttach = "VOLUME.ATTACH";
    public const string VolumeDetach = "VOLUME.DETACH";
    public const string VolumeResize = "VOLUME.RESIZE";
    public const string VolumeMigrate = "VOLUME.MIGRATE";
    public const string NetworkCreate = "NETWORK.CREATE";
    public const string UserLogout = "USER.LOGOUT";
    public const string UserCreate = "USER.CREATE";
    public const string UserDelete = "USER.DELETE";
    public const string UserDisable = "USER.DISABLE";
    public const string UserEnable = "USER.ENABLE";
    public const string UserLock = "USER.LOCK";
    public const string UserUpdate = "USER.UPDATE";
    public const string RegisterUserKeys = "REGISTER.USER.KEY";
    public const string AccountCreate = "ACCOUNT.CREATE";
    public const string AccountDelete = "ACCOUNT.DELETE";
    public const string AccountEnable = "ACCOUNT.ENABLE";
    public const string AccountDisable = "ACCOUNT.DISABLE";
    public const string AccountUpdate = "ACCOUNT.UPDATE";
    public const string DomainCreate = "DOMAIN.CREATE";
    public const string DomainDelete = "DOMAIN.DELETE";
    public const string DomainUpdate = "DOMAIN.UPDATE";
    public const string RoleCreate = "ROLE.CREATE";
    public const string RoleUpdate = "ROLE.UPDATE";
    public const string RoleDelete = "ROLE.DELETE";
    public const string RolePermissionCreate = "ROLE.PERMISSION.CREATE";
    public const string RolePermissionUpdate = "ROLE.PERMISSION.UPDATE";
    public const string RolePermissionDelete = "ROLE.PERMISSION.DELETE";
    public const string ConfigurationValueEdit = "CONFIGURATION.VALUE.EDIT";
    public const string ZoneCreate = "ZONE.CREATE";
    public const string ZoneEdit = "ZONE.EDIT";
    public const string ZoneDelete = "ZONE.DELETE";
    public const string PodCreate = "POD.CREATE";
    public const string PodEdit = "POD.EDIT";
    public const string PodDelete = "POD.DELETE";
    public const string ClusterCreate = "CLUSTER.CREATE";
    public const string ClusterUpdate = "CLUSTER.UPDATE";
    public const string ClusterDelete = "CLUSTER.DELETE";
    public const string PhysicalNetworkCreate = "PHYSICAL.NETWORK.CREATE";
    public const string PhysicalNetworkUpdate = "PHYSICAL.NETWORK.UPDATE";
    public const string PhysicalNetworkDelete = "PHYSICAL.NETWORK.DELETE";
    public const string TrafficTypeCreate = "TRAFFIC.TYPE.CREATE";
    public const string TrafficTypeUpdate = "TRAFFIC.TYPE.UPDATE";
    public const string TrafficTypeDelete = "TRAFFIC.TYPE.DELETE";
    public const string ServiceProviderCreate = "SERVICE.PROVIDER.CREATE";
    public const string ServiceProviderUpdate = "SERVICE.PROVIDER.UPDATE";
    public const string NetworkElementConfigure = "NETWORK.ELEMENT.CONFIGURE";
    public const string VlanIpRangeCreate = "VLAN.IP.RANGE.CREATE";
    public const string VlanIpRangeDelete = "VLAN.IP.RANGE.DELETE";
    public const string HostCreate = "HOST.CREATE";
    public const string HostUpdate = "HOST.UPDATE";
    public const string HostDelete = "HOST.DELETE";
    public const string HostReconnect = "HOST.RECONNECT";
    public const string HostMaintenancePrepare = "MAINT.PREPARE";
    public const string HostMaintenanceCancel = "MAINT.CANCEL";
    public const string StoragePoolCreate = "CREATE.STORAGE.POOL";
    public const string StoragePoolUpdate = "UPDATE.STORAGE.POOL";
    public const string StoragePoolDelete = "DELETE.STORAGE.POOL";
    public const string StoragePoolMaintenancePrepare = "MAINT.PREPARE.PS";
    public const string StoragePoolMaintenanceCancel = "MAINT.CANCEL.PS";
    public const string ImageStoreCreate = "IMAGE.STORE.CREATE";
    public const string ImageStoreDelete = "IMAGE.STORE.DELETE";
    public const string ServiceOfferingCreate = "SERVICE.OFFERING.CREATE";
    public const string ServiceOfferingEdit = "SERVICE.OFFERING.EDIT";
    public const string ServiceOfferingDelete = "SERVICE.OFFERING.DELETE";
    public const string DiskOfferingCreate = "DISK.OFFERING.CREATE";
    public const string DiskOfferingEdit = "DISK.OFFERING.EDIT";
    public const string DiskOfferingDelete = "DISK.OFFERING.DELETE";
    public const string RegisterSshKeyPair = "REGISTER.SSH.KEYPAIR";
    public const string DeleteSshKeyPair = "DELETE.SSH.KEYPAIR";
    public const string TemplateCreate = "TEMPLATE.CREATE";
    public const string TemplateDelete = "TEMPLATE.DELETE";
    public const string TemplateUpdate = "TEMPLATE.UPDATE";
    public const string TemplateCopy = "TEMPLATE.COPY";
    public const string IsoCreate = "ISO.CREATE";
    public const string IsoDelete = "ISO.DELETE";
    public const string IsoUpdate = "ISO.UPDATE";
    public const string IsoAttach = "ISO.ATTACH";
    public const string IsoDetach = "ISO.DETACH";
    public const string IsoCopy = "ISO.COPY";
    public const string GuestOsAdd = "GUEST.OS.ADD";
    public const string GuestOsRemove = "GUEST.OS.REMOVE";

    public static readonly IReadOnlyList<string> All = typeof(EventTypes)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
