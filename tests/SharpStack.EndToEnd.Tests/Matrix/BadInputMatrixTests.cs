using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Access;
using SharpStack.Api.Catalog;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Matrix;

/// <summary>
/// A server with records the root admin's calls may name (never the admin's own account or user,
/// so a call that succeeds cannot lock the matrix out): a domain, an account with two users, a
/// role with a rule, a finished job and an event.
/// </summary>
public sealed class BadInputFixture : IAsyncLifetime
{
    public CloudServer Server { get; private set; } = null!;
    public CloudClient Admin { get; private set; } = null!;

    /// <summary>A record by the catalog's entity kind, for the uuid parameters a call needs.</summary>
    public Dictionary<string, string> Records { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> SeedFailures { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Server = await CloudServer.StartAsync();
        Admin = await Server.AdminAsync();
        var domain = await Tenants.CreateDomainAsync(Admin, Tenants.Unique("mxvictim"));
        var (account, client) = await Tenants.CreateAccountAsync(Server, Admin, Tenants.Unique("mxvacct"), accountType: 0, domainId: domain.Id());
        client.Dispose();
        var second = (await Admin.CallAsync("createUser",
            ("account", account.GetProperty("name").GetString()!), ("domainid", domain.Id()), ("username", Tenants.Unique("mxvusr")),
            ("email", "v@example.test"), ("firstname", "First"), ("lastname", "Last"), ("password", Tenants.Password))).EnsureOk()["user"];
        var role = (await Admin.CallAsync("createRole", ("name", Tenants.Unique("mxvrole")), ("type", "User"))).EnsureOk()["role"];
        var rule = (await Admin.CallAsync("createRolePermission", ("roleid", role.Id()), ("rule", "listUsers"), ("permission", "allow"))).EnsureOk()["rolepermission"];
        var job = await Admin.CallAndWaitAsync("disableUser", ("id", second.Id()));
        var events = (await Admin.CallAsync("listEvents", ("pagesize", "1"))).EnsureOk().Items("event");

        Records["Domain"] = domain.Id();
        Records["Account"] = account.Id();
        Records["User"] = account.GetProperty("user")[0].Id();
        Records["Role"] = role.Id();
        Records["RolePermission"] = rule.Id();
        Records["JobInfo"] = job["jobid"].GetString()!;
        Records["Event"] = events.Single().Id();
        Records["ManagementServerHost"] = job["managementserverid"].GetString()!;
        SeedFailures = await MatrixRecords.SeedInfrastructureAsync(Admin, Records);
    }

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}

/// <summary>
/// Walks every implemented command as the root admin (so role checks hide nothing) with missing,
/// mistyped, too long, control-character, SQL-ish and unicode values. Bad values are refused with
/// 431 before anything is written; odd but valid strings may succeed but never break the server.
/// </summary>
public sealed class BadInputMatrixTests(BadInputFixture f) : IClassFixture<BadInputFixture>
{
    private const string SqlLike = "' OR 1=1; DROP TABLE accounts; --";
    private const string Unicode = "名字-ñ-😀";

    public static TheoryData<string> Commands => MatrixCommands.Names();

    /// <summary>
    /// What a handler needs beyond the catalog's required flags (upstream's "either X or Y" rules),
    /// so that valid calls reach the handler's own checks. A value "@Kind" names the record of that kind.
    /// </summary>
    private static readonly Dictionary<string, (string Param, string Value)[]> HandlerNeeds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["createAccount"] = [("accounttype", "0")],
        ["createRole"] = [("type", "User")],
        ["disableAccount"] = [("id", "@Account")],
        ["enableAccount"] = [("id", "@Account")],
        ["updateAccount"] = [("id", "@Account")],
        ["updateRolePermission"] = [("ruleid", "@RolePermission"), ("permission", "allow")],
    };

    [Fact]
    public void Every_entity_kind_a_command_requires_has_a_record()
    {
        // Without a record of a kind, a required uuid of that kind is refused first and hides the
        // checks of the parameters after it: seed one in MatrixRecords.SeedInfrastructureAsync.
        var lookups = f.Server.Services.GetServices<IEntityLookup>().Select(l => l.Entity).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = MatrixCommands.All
            .SelectMany(c => c.Params.Where(p => p.Required && MatrixCommands.IsUuid(p) && p.Entity is not null && lookups.Contains(p.Entity)).Select(p => (c.Name, p.Name, p.Entity!)))
            .Where(x => !f.Records.ContainsKey(x.Item3))
            .Select(x => $"{x.Item1}.{x.Item2} ({x.Item3})")
            .ToList();
        Assert.True(missing.Count == 0, "no record for: " + string.Join(", ", missing) +
                                        (f.SeedFailures.Count > 0 ? "\nseeding failed: " + string.Join("\n", f.SeedFailures) : ""));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Bad_input_is_refused_cleanly(string command)
    {
        var info = ApiCatalog.Instance.Find(command);
        Assert.NotNull(info);
        var failures = new List<string>();
        var valid = ValidArgs(info);

        // (a) Each required parameter left out.
        foreach (var p in info.Params.Where(p => p.Required))
        {
            var codes = p.Type == ParamType.Map ? new[] { 431, 430 } : [431];
            // Parameters are checked in catalog order: a uuid of a kind no record exists for, given
            // before this one, is refused first, so then only the code is checked.
            var masked = info.Params.TakeWhile(q => q != p).Any(q => q.Required && MatrixCommands.IsUuid(q) && !HasRecord(q.Entity));
            await ExpectRefusedAsync(info, $"without {p.Name}", valid.Copy().Remove(p.Name), codes, masked ? null : p.Name, failures);
        }

        foreach (var p in info.Params)
        {
            var element = p.Type == ParamType.List ? p.CollectionType : p.Type;
            // (b) Values of the wrong type.
            if (MatrixCommands.IsWholeNumber(element) || element is ParamType.Float or ParamType.Double)
            {
                await ExpectRefusedAsync(info, $"{p.Name} not a number", valid.Copy().Set(p.Name, "notanumber"), [431], null, failures);
            }
            if (MatrixCommands.IsUuid(p))
            {
                await ExpectRefusedAsync(info, $"{p.Name} not a uuid", valid.Copy().Set(p.Name, "not-a-uuid"), [431], null, failures);
                await ExpectRefusedAsync(info, $"{p.Name} unknown uuid", valid.Copy().Set(p.Name, Guid.NewGuid().ToString()), [431], null, failures);
            }
            if (element == ParamType.Date)
            {
                await ExpectRefusedAsync(info, $"{p.Name} not a date", valid.Copy().Set(p.Name, "31/12/2030"), [431], null, failures);
            }
            if (MatrixCommands.IsString(p))
            {
                // (c) Too long, or with a control character.
                await ExpectRefusedAsync(info, $"{p.Name} of {p.Length + 1} characters", valid.Copy().Set(p.Name, new string('x', p.Length + 1)), [431], null, failures);
                await ExpectRefusedAsync(info, $"{p.Name} with a control character", valid.Copy().Set(p.Name, "x\u0001y"), [431], null, failures);
                // (d) Odd but valid text: any answer but a server error.
                await ExpectNoBreakageAsync(info, $"{p.Name} SQL-like", valid.Copy().Set(p.Name, SqlLike), failures);
                await ExpectNoBreakageAsync(info, $"{p.Name} unicode", valid.Copy().Set(p.Name, Unicode), failures);
            }
        }
        Assert.True(failures.Count == 0, $"{command}: {failures.Count} problem(s):\n" + string.Join("\n", failures));
    }

    /// <summary>Required parameters with plausible values, uuids naming existing records, plus what the handler needs.</summary>
    private MatrixArgs ValidArgs(CommandInfo info)
    {
        var args = new MatrixArgs();
        foreach (var p in info.Params.Where(p => p.Required))
        {
            if (MatrixCommands.IsUuid(p))
            {
                args.Set(p.Name, Record(p.Entity));
            }
            else
            {
                args.Set(p.Name, MatrixCommands.Plausible(p));
            }
        }
        foreach (var (param, value) in HandlerNeeds.GetValueOrDefault(info.Name) ?? [])
        {
            if (info.Params.Any(p => p.Key == param))
            {
                args.Set(param, value.StartsWith('@') ? Record(value[1..]) : value);
            }
        }
        return args;
    }

    private bool HasRecord(string? entity) => entity is not null && f.Records.ContainsKey(entity);

    private string Record(string? entity) =>
        entity is not null && f.Records.TryGetValue(entity, out var id) ? id : Guid.NewGuid().ToString();

    private async Task ExpectRefusedAsync(CommandInfo info, string label, MatrixArgs args, int[] codes, string? named, List<string> failures)
    {
        var context = $"{label}: {info.Name}?{args}";
        var before = await DbSnapshot.TakeAsync(f.Server.ConnectionString);
        var reply = await MatrixReplies.SendAsync(f.Admin, info.Name, args);
        var after = await DbSnapshot.TakeAsync(f.Server.ConnectionString);
        if (!reply.IsError)
        {
            failures.Add($"{context}\n  -> accepted, expected {string.Join(" or ", codes)}: {MatrixReplies.Short(reply.Body)}");
            return;
        }
        if (!codes.Contains(reply.Code))
        {
            failures.Add($"{context}\n  -> {reply.Code}, expected {string.Join(" or ", codes)}: {MatrixReplies.Short(reply.Body)}");
        }
        CheckRefusal(context, reply, before, after, failures);
        if (named is not null && !reply.ErrorText.Contains(named, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"{context}\n  -> the error does not name {named}: '{reply.ErrorText}'");
        }
    }

    private async Task ExpectNoBreakageAsync(CommandInfo info, string label, MatrixArgs args, List<string> failures)
    {
        var context = $"{label}: {info.Name}?{args}";
        var before = await DbSnapshot.TakeAsync(f.Server.ConnectionString);
        var reply = await MatrixReplies.SendAsync(f.Admin, info.Name, args);
        if (reply.Code >= 500)
        {
            failures.Add($"{context}\n  -> server error {reply.Code}: {MatrixReplies.Short(reply.Body)}");
        }
        if (MatrixReplies.JsonProblem(reply) is { } problem)
        {
            failures.Add($"{context}\n  -> {problem}");
        }
        if (reply.IsError)
        {
            // A job the call queued would have to finish first, but a refused call queues none.
            var after = await DbSnapshot.ReadAsync(f.Server.ConnectionString);
            CheckRefusal(context, reply, before, after, failures);
        }
    }

    private static void CheckRefusal(string context, ApiReply reply, DbSnapshot before, DbSnapshot after, List<string> failures)
    {
        if (MatrixReplies.ErrorEnvelopeProblem(reply) is { } problem)
        {
            failures.Add($"{context}\n  -> {problem}");
        }
        if (after.DiffFrom(before) is { } diff)
        {
            failures.Add($"{context}\n  -> refused ({reply.Code}) but the database changed:{diff}");
        }
    }
}
