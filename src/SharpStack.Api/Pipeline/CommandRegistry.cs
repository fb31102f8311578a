using System.Collections.Frozen;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using SharpStack.Api.Catalog;

namespace SharpStack.Api.Pipeline;

/// <summary>The implemented commands: each handler class paired with its catalog entry.</summary>
public sealed class CommandRegistry
{
    private readonly FrozenDictionary<string, Registration> _byName;

    public sealed record Registration(CommandInfo Info, Type Handler);

    public CommandRegistry(ApiCatalog catalog, IEnumerable<Type> handlers)
    {
        var byName = new Dictionary<string, Registration>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in handlers)
        {
            var attribute = type.GetCustomAttribute<ApiCommandAttribute>()!;
            var name = attribute.Name;
            var info = catalog.Find(name) ?? throw new InvalidOperationException($"{type.Name} handles {name}, which the API catalog does not have");
            if (attribute.ObjectName is not null)
            {
                info = info with { ResponseObject = attribute.ObjectName };
            }
            if (info.IsAsync && !typeof(IAsyncApiCommand).IsAssignableFrom(type))
            {
                throw new InvalidOperationException($"{name} is async upstream, so {type.Name} must implement IAsyncApiCommand");
            }
            if (!byName.TryAdd(info.Name, new Registration(info, type)))
            {
                throw new InvalidOperationException($"two handlers for {name}");
            }
        }
        _byName = byName.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public Registration? Find(string name) => _byName.GetValueOrDefault(name);

    public IEnumerable<Registration> All => _byName.Values;

    public static IReadOnlyList<Type> DiscoverHandlers(Assembly assembly) =>
        assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetCustomAttribute<ApiCommandAttribute>() is not null)
            .ToArray();

    public static void AddHandlers(IServiceCollection services, IEnumerable<Type> handlers)
    {
        foreach (var type in handlers)
        {
            services.AddTransient(type);
        }
    }
}
