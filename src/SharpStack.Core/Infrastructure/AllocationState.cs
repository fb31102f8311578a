namespace SharpStack.Core.Infrastructure;

/// <summary>Whether new resources may be placed in a zone, pod, cluster or host.</summary>
public enum AllocationState
{
    Enabled,
    Disabled,
}
