using SharpStack.Api.Access;
using SharpStack.Core.Identity;

namespace SharpStack.Api.Responses;

/// <summary>Builds the upstream response objects of domains, accounts, users and roles.</summary>
public static class IdentityResponses
{
    /// <summary>Upstream shows paths as "ROOT" and "ROOT/child/grandchild".</summary>
    public static string DisplayPath(Domain domain) => "ROOT" + domain.Path.TrimEnd('/');

    public static string StateText(this AccountState state) => state.ToString().ToLowerInvariant();

    public static string StateText(this UserState state) => state.ToString().ToLowerInvariant();

    public static ApiObject Domain(Domain domain, Domain? parent, bool hasChild) => new()
    {
        { "id", domain.Uuid },
        { "name", domain.Name },
        { "level", domain.Level },
        { "parentdomainid", parent?.Uuid },
        { "parentdomainname", parent?.Name },
        { "haschild", hasChild },
        { "networkdomain", domain.NetworkDomain },
        { "path", DisplayPath(domain) },
        { "state", domain.State.ToString() },
        { "created", domain.Created },
    };

    public static ApiObject Account(Account account, IEnumerable<User>? users = null)
    {
        var role = account.Role!;
        var domain = account.Domain!;
        var obj = new ApiObject
        {
            { "id", account.Uuid },
            { "name", account.Name },
            { "accounttype", (int)account.Type },
            { "roleid", role.Uuid },
            { "roletype", role.Type.ToString() },
            { "rolename", role.Name },
            { "domainid", domain.Uuid },
            { "domain", domain.Name },
            { "domainpath", DisplayPath(domain) },
            { "state", account.State.StateText() },
            { "created", account.Created },
            { "networkdomain", account.NetworkDomain },
            { "isdefault", account.IsDefault },
            { "iscleanuprequired", account.NeedsCleanup },
        };
        if (users is not null)
        {
            obj.Add("user", users.Select(u => User(u, account)).ToList());
        }
        return obj;
    }

    public static ApiObject User(User user, Account account, Caller? caller = null)
    {
        var role = account.Role!;
        var domain = account.Domain!;
        return new ApiObject
        {
            { "id", user.Uuid },
            { "username", user.Username },
            { "firstname", user.FirstName },
            { "lastname", user.LastName },
            { "email", user.Email },
            { "created", user.Created },
            { "state", user.State.StateText() },
            { "account", account.Name },
            { "accounttype", (int)account.Type },
            { "usersource", user.Source },
            { "roleid", role.Uuid },
            { "roletype", role.Type.ToString() },
            { "rolename", role.Name },
            { "domainid", domain.Uuid },
            { "domain", domain.Name },
            { "timezone", user.Timezone },
            { "apikey", user.ApiKey },
            { "accountid", account.Uuid },
            { "iscallerchilddomain", caller is not null && caller.Domain.Id != domain.Id && caller.Domain.Contains(domain) },
            { "isdefault", user.IsDefault },
            { "is2faenabled", false },
            { "is2famandated", false },
        };
    }

    public static ApiObject Role(Role role) => new()
    {
        { "id", role.Uuid },
        { "name", role.Name },
        { "type", role.Type.ToString() },
        { "description", role.Description },
        { "isdefault", role.IsDefault },
        { "ispublic", role.IsPublic },
        { "state", role.State.ToString().ToLowerInvariant() },
    };

    public static ApiObject RolePermission(RolePermission permission, Role role) => new()
    {
        { "id", permission.Uuid },
        { "roleid", role.Uuid },
        { "rolename", role.Name },
        { "rule", permission.Rule },
        { "permission", permission.Permission.ToString().ToLowerInvariant() },
        { "description", permission.Description },
    };
}
