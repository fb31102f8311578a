using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Binding;
using SharpStack.Api.Pipeline;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Storage;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Settings;
using SharpStack.Orchestration.Snapshots;

namespace SharpStack.Api.Commands.Snapshots;

/// <summary>
/// Schedules a volume's snapshots. A volume has at most one policy per interval type: creating
/// another of the same type replaces its schedule, as upstream does.
/// </summary>
[ApiCommand("createSnapshotPolicy")]
public sealed class CreateSnapshotPolicy(SettingsService settings) : IApiCommand
{
    public async Task<ApiResult> ExecuteAsync(CommandContext ctx)
    {
        var p = ctx.Params;
        if (p.Has("zoneids") || p.Has("storageids") || p.Flag("usestoragereplication") || p.Has("tags"))
        {
            throw CloudException.InvalidParameter("Copying scheduled snapshots to other zones or pools, and tags, are not supported yet");
        }
        var volume = p.RequiredEntity<Volume>("volumeid");
        if (volume.State is not (VolumeState.Ready or VolumeState.Allocated))
        {
            throw CloudException.InvalidParameter($"Volume {volume.Name} is {volume.State}: it cannot get a snapshot policy");
        }
        var intervalText = p.String("intervaltype")!;
        var interval = int.TryParse(intervalText, out var number) && Enum.IsDefined((SnapshotInterval)number)
            ? (SnapshotInterval)number
            : EnumParameters.Parse<SnapshotInterval>(intervalText, "intervaltype");
        var schedule = p.String("schedule")!;
        var timezone = p.String("timezone")!;
        var maxSnaps = p.Int("maxsnaps")!.Value;
        var limit = await settings.GetLongAsync(interval switch
        {
            SnapshotInterval.HOURLY => SettingNames.SnapshotMaxHourly,
            SnapshotInterval.DAILY => SettingNames.SnapshotMaxDaily,
            SnapshotInterval.WEEKLY => SettingNames.SnapshotMaxWeekly,
            _ => SettingNames.SnapshotMaxMonthly,
        }, ctx.Cancellation);
        if (maxSnaps < 1 || (limit > 0 && maxSnaps > limit))
        {
            throw CloudException.InvalidParameter($"maxsnaps must be between 1 and {limit} for {interval} snapshots (snapshot.max.{interval.ToString().ToLowerInvariant()})");
        }
        var nextRun = SnapshotSchedules.NextRun(interval, schedule, timezone, ctx.Now);
        var policy = await ctx.Db.SnapshotPolicies.FirstOrDefaultAsync(x => x.VolumeId == volume.Id && x.Interval == interval && x.Removed == null, ctx.Cancellation);
        if (policy is null)
        {
            policy = new SnapshotPolicy { VolumeId = volume.Id, Interval = interval, Schedule = schedule, Timezone = timezone, Created = ctx.Now };
            ctx.Db.SnapshotPolicies.Add(policy);
        }
        policy.Schedule = schedule;
        policy.Timezone = timezone;
        policy.MaxSnaps = maxSnaps;
        policy.ForDisplay = p.Bool("fordisplay") ?? true;
        policy.NextRun = nextRun;
        ctx.Event(EventTypes.SnapshotPolicyCreate, $"Scheduled {interval} snapshots of volume {volume.Name} at {schedule} ({timezone}), keeping {maxSnaps}", "SnapshotPolicy", policy.Uuid);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        return ApiResult.Of((await SnapshotResponses.PoliciesAsync(ctx.Db, [policy], ctx.Cancellation))[0]);
    }
}
