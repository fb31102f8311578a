using Microsoft.Extensions.DependencyInjection;
using SharpStack.Server;

var app = ServerHost.Build(args);
await ServerHost.StartAsync(app);
foreach (var url in app.Urls)
{
    Console.WriteLine(app.Services.GetRequiredService<ServerOptions>().UsageOnly
        ? $"SharpStack usage aggregator {ServerHost.Version}: health at {url.TrimEnd('/')}/client/health"
        : $"SharpStack management server {ServerHost.Version}: API at {url.TrimEnd('/')}/client/api");
}
await app.WaitForShutdownAsync();
