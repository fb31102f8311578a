namespace SharpStack.Core.Errors;

/// <summary>Upstream ApiErrorCode values; each number is also the HTTP status of the reply.</summary>
public enum ApiErrorCode
{
    BadRequest = 400,
    Unauthorized = 401,
    MethodNotAllowed = 405,
    ApiLimitExceeded = 429,
    MalformedParameter = 430,
    ParamError = 431,
    UnsupportedAction = 432,
    Unauthorized2Fa = 511,
    ServiceUnavailable = 503,
    InternalError = 530,
    AccountError = 531,
    AccountResourceLimitError = 532,
    InsufficientCapacity = 533,
    ResourceUnavailable = 534,
    ResourceAllocation = 535,
    ResourceInUse = 536,
    NetworkRuleConflict = 537,
}
