namespace SharpStack.Orchestration.Events;

/// <summary>Upstream event type names for the actions SharpStack performs.</summary>
public static class EventTypes
{
    public const string UserLogin = "USER.LOGIN";
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

    public static readonly IReadOnlyList<string> All = typeof(EventTypes)
        .GetFields()
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
