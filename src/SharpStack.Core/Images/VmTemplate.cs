namespace SharpStack.Core.Images;

/// <summary>A registered template (upstream's vm_template): its metadata; the copies live in <see cref="TemplateStoreRef"/>.</summary>
public sealed class VmTemplate
{
    public long Id { get; set; }
    public Guid Uuid { get; set; } = Guid.NewGuid();
    public required string Name { get; set; }
    public required string DisplayText { get; set; }
    /// <summary>QCOW2, RAW, VHD, VHDX, OVA or ISO.</summary>
    public required string Format { get; set; }
    /// <summary>Simulator or KVM; None for an ISO.</summary>
    public required string Hypervisor { get; set; }
    public long OsTypeId { get; set; }
    public required string Url { get; set; }
    /// <summary>As given: plain hex or "{ALGO}hex"; null when none was given.</summary>
    public string? Checksum { get; set; }
    public bool IsPublic { get; set; }
    public bool IsFeatured { get; set; }
    public bool IsExtractable { get; set; }
    public bool PasswordEnabled { get; set; }
    public bool SshKeyEnabled { get; set; }
    public bool DynamicallyScalable { get; set; }
    public bool RequiresHvm { get; set; }
    /// <summary>Whether an instance can boot from it (ISOs may be data only); templates are always bootable.</summary>
    public bool Bootable { get; set; } = true;
    /// <summary>Orders listTemplates and listIsos (ascending), as upstream's sort_key.</summary>
    public int SortKey { get; set; }
    public int Bits { get; set; } = 64;
    public string TemplateType { get; set; } = "USER";
    public long AccountId { get; set; }
    public long DomainId { get; set; }
    public DateTime Created { get; set; }
    public DateTime? Removed { get; set; }

    public const string IsoFormat = "ISO";

    public bool IsIso => Format == IsoFormat;
}

/// <summary>An account a template or ISO is shared with (upstream's launch_permission).</summary>
public sealed class TemplatePermission
{
    public long Id { get; set; }
    public long TemplateId { get; set; }
    public long AccountId { get; set; }
}

public enum TemplateDownloadState
{
    NotDownloaded,
    DownloadInProgress,
    Downloaded,
    DownloadError,
    /// <summary>Waiting for the bytes of a browser or HTTP upload (getUploadParamsForTemplate).</summary>
    UploadPending,
    UploadInProgress,
}

/// <summary>A template's copy on one zone's image store (upstream's template_store_ref).</summary>
public sealed class TemplateStoreRef
{
    public long Id { get; set; }
    public long TemplateId { get; set; }
    public long ZoneId { get; set; }
    public long ImageStoreId { get; set; }
    public TemplateDownloadState State { get; set; } = TemplateDownloadState.NotDownloaded;
    public int Percent { get; set; }
    public long Size { get; set; }
    public string? InstallPath { get; set; }
    public string? ErrorText { get; set; }
    public DateTime Updated { get; set; }
}
