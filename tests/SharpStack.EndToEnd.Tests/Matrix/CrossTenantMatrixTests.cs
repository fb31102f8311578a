using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Catalog;
using SharpStack.Api.Pipeline;
using SharpStack.EndToEnd.Tests.TestKit;

namespace SharpStack.EndToEnd.Tests.Matrix;

/// <summary>
/// Walks every implemented command as B (a user of another domain) and DA2 (a domain admin
/// outside A's subtree), naming A's and D1's records in its uuid parameters. Each call must be
/// refused with a 4xx upstream error and leave the database as it was; list commands must not
/// show any of D1's records, whatever the scope flags.
/// </summary>
public sealed class CrossTenantMatrixTests(CrossTenantFixture f) : IClassFixture<CrossTenantFixture>
{
    public static TheoryData<string> Commands => MatrixCommands.Names();

    private sealed record Variant(string Label, MatrixArgs Args, bool HasForeign, ParamInfo? Probe = null);

    [Fact]
    public void The_matrix_covers_every_command_the_server_registered()
    {
        var registry = f.Server.Services.GetRequiredService<CommandRegistry>();
        var registered = registry.All.Select(r => r.Info.Name).Where(n => !MatrixCommands.IsLoginOrLogout(n)).Order(StringComparer.Ordinal);
        Assert.Equal(registered, MatrixCommands.All.Select(c => c.Name));
    }

    [Fact]
    public async Task Positive_controls_the_foreign_records_exist_and_their_owners_see_them()
    {
        Assert.True(f.SetupProblems.Count == 0, "setup: " + string.Join("\n", f.SetupProblems));
        var listed = (await f.DA1.CallAsync("listAccounts", ("listall", "true"))).EnsureOk();
        Assert.Contains(f.AAccountId, listed.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(f.AUserId, (await f.A.CallAsync("listUsers", ("id", f.AUserId))).EnsureOk().Body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(f.D1Id, (await f.DA1.CallAsync("listDomains", ("id", f.D1Id))).EnsureOk().Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, (await f.A.CallAsync("queryAsyncJobResult", ("jobid", f.AJobId))).EnsureOk()["jobstatus"].GetInt32());
        Assert.Equal(1, (await f.A.CallAsync("listEvents", ("id", f.AEventId))).EnsureOk().Count);
        Assert.Equal(1, (await f.DA1.CallAsync("listEvents", ("id", f.AEventId))).EnsureOk().Count);
        Assert.Equal(1, (await f.Admin.CallAsync("listRoles", ("id", f.Foreign["Role"]))).EnsureOk().Count);
        Assert.Contains(f.Foreign["RolePermission"], (await f.Admin.CallAsync("listRolePermissions")).EnsureOk().Body, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(f.AUserId, (await f.Admin.CallAsync("getUser", ("userapikey", f.AApiKey))).EnsureOk()["user"].Id());
        (await f.Admin.CallAsync("listAsyncJobs", ("managementserverid", f.Foreign["ManagementServerHost"]))).EnsureOk();
        if (f.D1ZoneId is not null)
        {
            Assert.Equal(1, (await f.A.CallAsync("listZones", ("id", f.D1ZoneId))).EnsureOk().Count);
        }
        // The list check below can fail: DA1 sees A's records with the same flags.
        foreach (var command in new[] { "listAccounts", "listUsers", "listEvents", "listAsyncJobs", "listDomains", "listDomainChildren" })
        {
            var reply = (await f.DA1.CallAsync(command, ("listall", "true"), ("isrecursive", "true"))).EnsureOk();
            Assert.True(f.ForbiddenIds.Any(id => reply.Body.Contains(id, StringComparison.OrdinalIgnoreCase)), $"{command} as DA1 shows none of D1's records: {reply.Body}");
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Another_tenants_records_are_out_of_reach(string command)
    {
        var registry = f.Server.Services.GetRequiredService<CommandRegistry>();
        var info = registry.Find(command)?.Info;
        Assert.NotNull(info);
        var failures = new List<string>();
        foreach (var caller in new[] { f.B, f.DA2 })
        {
            foreach (var variant in Variants(info, caller))
            {
                await CheckAsync(info, caller, variant, failures);
            }
        }
        Assert.True(failures.Count == 0, $"{command}: {failures.Count} problem(s):\n" + string.Join("\n", failures));
    }

    private IEnumerable<Variant> Variants(CommandInfo info, MatrixCaller caller)
    {
        // Parameters of the root admin's variant, or authorized for other roles only, are ignored for
        // this caller (as upstream ignores parameters a command does not have), so they prove nothing here.
        var uuidParams = info.Params.Where(p => MatrixCommands.IsUuid(p) && p.OnlyInVariant is null &&
                                                (p.Authorized is null || p.Authorized.Contains(caller.RoleType, StringComparer.OrdinalIgnoreCase))).ToList();
        var foreignParams = uuidParams.Where(p => p.Entity is not null && f.Foreign.ContainsKey(p.Entity)).ToList();

        // Every uuid parameter names A's or D1's record at once.
        var all = RequiredNonUuid(info);
        foreach (var p in uuidParams)
        {
            if (p.Entity is not null && f.Foreign.TryGetValue(p.Entity, out var id))
            {
                all.Set(p.Name, id);
            }
            else if (p.Required)
            {
                all.Set(p.Name, Guid.NewGuid().ToString());
            }
        }
        yield return new Variant("all uuids foreign", all, foreignParams.Count > 0);

        // One foreign uuid at a time, other required uuids naming the caller's own records, so a
        // lookup that wrongly finds the foreign record is not hidden by another parameter.
        foreach (var probe in foreignParams)
        {
            var args = RequiredNonUuid(info);
            foreach (var p in uuidParams.Where(p => p.Required && p != probe))
            {
                args.Set(p.Name, OwnOrForeign(caller, p));
            }
            args.Set(probe.Name, f.Foreign[probe.Entity!]);
            yield return new Variant($"only {probe.Name} foreign", args, true, probe);
        }

        if (MatrixCommands.IsReadOnly(info.Name))
        {
            // Names and keys of D1's records in string parameters, with the broadest scope flags.
            var sets = new[]
            {
                ("A's names", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["account"] = f.AName, ["name"] = f.AName, ["username"] = f.AName, ["keyword"] = f.AName, ["userapikey"] = f.AApiKey,
                }),
                ("D1's names", new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
                {
                    ["account"] = f.DA1Name, ["name"] = f.D1Name, ["username"] = f.DA1Name, ["keyword"] = f.D1Name, ["userapikey"] = f.DA1ApiKey,
                }),
            };
            foreach (var (label, names) in sets)
            {
                var args = RequiredNonUuid(info);
                foreach (var p in uuidParams.Where(p => p.Required))
                {
                    args.Set(p.Name, OwnOrForeign(caller, p));
                }
                foreach (var p in info.Params.Where(p => p.Type == ParamType.String && names.ContainsKey(p.Key)))
                {
                    args.Set(p.Name, names[p.Key]);
                }
                SetScopeFlags(args);
                yield return new Variant(label, args, args.ToArray().Any(a => f.Foreign.ContainsValue(a.Value)));
            }
            if (!info.Params.Any(p => p.Required))
            {
                var args = new MatrixArgs();
                SetScopeFlags(args);
                yield return new Variant("listall+isrecursive", args, false);
            }
        }
    }

    private static void SetScopeFlags(MatrixArgs args)
    {
        args.Set("listall", "true");
        args.Set("isrecursive", "true");
    }

    private static MatrixArgs RequiredNonUuid(CommandInfo info)
    {
        var args = new MatrixArgs();
        foreach (var p in info.Params.Where(p => p.Required && !MatrixCommands.IsUuid(p)))
        {
            args.Set(p.Name, MatrixCommands.Plausible(p));
        }
        return args;
    }

    private string OwnOrForeign(MatrixCaller caller, ParamInfo p) =>
        p.Entity is not null && caller.Own.TryGetValue(p.Entity, out var own) ? own
        : p.Entity is not null && f.Foreign.TryGetValue(p.Entity, out var foreign) ? foreign
        : Guid.NewGuid().ToString();

    private async Task CheckAsync(CommandInfo info, MatrixCaller caller, Variant variant, List<string> failures)
    {
        var context = $"[{caller.Label}] {variant.Label}: {info.Name}?{variant.Args}";
        var before = await DbSnapshot.TakeAsync(f.Server.ConnectionString);
        var reply = await MatrixReplies.SendAsync(caller.Client, info.Name, variant.Args);
        var after = await DbSnapshot.TakeAsync(f.Server.ConnectionString);

        if (reply.Code is >= 500 or < 200)
        {
            failures.Add($"{context}\n  -> {reply.Code}, never allowed: {MatrixReplies.Short(reply.Body)}");
        }
        if (reply.IsError)
        {
            if (reply.Code is < 400 or >= 500)
            {
                failures.Add($"{context}\n  -> error {reply.Code} outside 4xx: {MatrixReplies.Short(reply.Body)}");
            }
            if (MatrixReplies.ErrorEnvelopeProblem(reply) is { } problem)
            {
                failures.Add($"{context}\n  -> {problem}");
            }
            if (after.DiffFrom(before) is { } diff)
            {
                failures.Add($"{context}\n  -> refused ({reply.Code}) but the database changed:{diff}");
            }
        }
        else
        {
            if (variant.HasForeign)
            {
                failures.Add($"{context}\n  -> succeeded although it names another tenant's record: {MatrixReplies.Short(reply.Body)}");
            }
            var leaked = f.Forbidden.Where(x => reply.Body.Contains(x, StringComparison.OrdinalIgnoreCase)).ToList();
            if (leaked.Count > 0)
            {
                failures.Add($"{context}\n  -> reply shows D1's records ({string.Join(", ", leaked)}): {MatrixReplies.Short(reply.Body)}");
            }
            if (MatrixReplies.JsonProblem(reply) is { } problem)
            {
                failures.Add($"{context}\n  -> {problem}");
            }
            var diff = MatrixCommands.IsReadOnly(info.Name) || variant.HasForeign
                ? after.DiffFrom(before)
                : after.DiffMentioning(before, f.Forbidden.ToList());
            if (diff is not null)
            {
                failures.Add($"{context}\n  -> the database changed:{diff}");
            }
        }

        if (variant.Probe is { } probe)
        {
            // A foreign record must be indistinguishable from one that does not exist.
            var foreign = f.Foreign[probe.Entity!];
            var unknown = Guid.NewGuid().ToString();
            var twin = await MatrixReplies.SendAsync(caller.Client, info.Name, variant.Args.Copy().Set(probe.Name, unknown));
            var twinText = twin.ErrorText.Replace(unknown, foreign, StringComparison.OrdinalIgnoreCase);
            if (twin.Code != reply.Code || !string.Equals(twinText, reply.ErrorText, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{context}\n  -> a foreign {probe.Entity} is told apart from an unknown uuid: " +
                             $"{reply.Code} '{reply.ErrorText}' vs {twin.Code} '{twin.ErrorText}'");
            }
        }
    }
}
