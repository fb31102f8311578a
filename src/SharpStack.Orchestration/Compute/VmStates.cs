using Microsoft.EntityFrameworkCore;
using SharpStack.Core.Compute;
using SharpStack.Data;

namespace SharpStack.Orchestration.Compute;

/// <summary>Instance state transitions as conditional updates: only one job can move an instance out of a state.</summary>
public static class VmStates
{
    public static async Task<bool> MoveAsync(CloudDbContext db, VirtualMachine vm, VmState to, CancellationToken ct, params VmState[] from)
    {
        var moved = await db.VirtualMachines
            .Where(v => v.Id == vm.Id && from.Contains(v.State))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.State, to), ct) == 1;
        if (moved)
        {
            var state = db.Entry(vm).Property(v => v.State);
            state.CurrentValue = to;
            state.OriginalValue = to;
        }
        return moved;
    }
}
