namespace SharpStack.Core.Errors;

/// <summary>Upstream "cserrorcode" values: which kind of failure lies behind an error.</summary>
public static class CsErrorCode
{
    public const int CloudRuntime = 4250;
    public const int InvalidParameterValue = 4350;
    public const int PermissionDenied = 4365;
    public const int ResourceAllocation = 4370;
    public const int InsufficientAddressCapacity = 4320;
    public const int InsufficientServerCapacity = 4335;
    public const int InsufficientVirtualNetworkCapacity = 4331;
    public const int NetworkRuleConflict = 4360;
    public const int ResourceInUse = 4375;
    public const int ResourceUnavailable = 4380;
    public const int ConcurrentOperation = 4300;
    public const int ServerApi = 9999;
}
