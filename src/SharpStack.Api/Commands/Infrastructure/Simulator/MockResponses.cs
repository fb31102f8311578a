using Microsoft.EntityFrameworkCore;
using SharpStack.Api.Responses;
using SharpStack.Core.Infrastructure;
using SharpStack.Data;

namespace SharpStack.Api.Commands.Infrastructure.Simulator;

internal static class MockResponses
{
    public static async Task<ApiObject> ToResponseAsync(CloudDbContext db, SimulatorMock mock, CancellationToken ct) => new()
    {
        { "id", mock.Id },
        { "zoneid", mock.ZoneId is { } z ? await db.Zones.Where(x => x.Id == z).Select(x => (Guid?)x.Uuid).FirstOrDefaultAsync(ct) : null },
        { "podid", mock.PodId is { } p ? await db.Pods.Where(x => x.Id == p).Select(x => (Guid?)x.Uuid).FirstOrDefaultAsync(ct) : null },
        { "clusterid", mock.ClusterId is { } c ? await db.Clusters.Where(x => x.Id == c).Select(x => (Guid?)x.Uuid).FirstOrDefaultAsync(ct) : null },
        { "hostid", mock.HostId is { } h ? await db.Hosts.Where(x => x.Id == h).Select(x => (Guid?)x.Uuid).FirstOrDefaultAsync(ct) : null },
        { "name", mock.Name },
        { "count", mock.Count },
    };
}
