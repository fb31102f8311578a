namespace SharpStack.Core.Errors;

/// <summary>
/// The one exception type that carries an upstream error code to the API edge.
/// Anything else reaching the edge is an internal error (530).
/// </summary>
public class CloudException(ApiErrorCode code, string message, int csErrorCode = CsErrorCode.ServerApi)
    : Exception(message)
{
    public ApiErrorCode Code { get; } = code;
    public int CsErrorCode { get; } = csErrorCode;

    public static CloudException InvalidParameter(string message) =>
        new(ApiErrorCode.ParamError, message, Errors.CsErrorCode.InvalidParameterValue);

    public static CloudException PermissionDenied(string message) =>
        new(ApiErrorCode.AccountError, message, Errors.CsErrorCode.PermissionDenied);

    public static CloudException InUse(string message) =>
        new(ApiErrorCode.ResourceInUse, message, Errors.CsErrorCode.ResourceInUse);

    public static CloudException InsufficientCapacity(string message) =>
        new(ApiErrorCode.InsufficientCapacity, message, Errors.CsErrorCode.InsufficientServerCapacity);

    public static CloudException InsufficientAddressCapacity(string message) =>
        new(ApiErrorCode.InsufficientCapacity, message, Errors.CsErrorCode.InsufficientAddressCapacity);

    public static CloudException InsufficientVirtualNetworkCapacity(string message) =>
        new(ApiErrorCode.InsufficientCapacity, message, Errors.CsErrorCode.InsufficientVirtualNetworkCapacity);

    /// <summary>A network rule that overlaps or contradicts one already there.</summary>
    public static CloudException NetworkRuleConflict(string message) =>
        new(ApiErrorCode.NetworkRuleConflict, message, Errors.CsErrorCode.NetworkRuleConflict);

    public static CloudException ResourceUnavailable(string message) =>
        new(ApiErrorCode.ResourceUnavailable, message, Errors.CsErrorCode.ResourceUnavailable);

    public static CloudException LimitExceeded(string message) =>
        new(ApiErrorCode.ResourceAllocation, message, Errors.CsErrorCode.ResourceAllocation);

    public static CloudException Internal(string message) =>
        new(ApiErrorCode.InternalError, message, Errors.CsErrorCode.CloudRuntime);
}
