using SharpStack.Server;

var app = ServerHost.Build(args);
await ServerHost.StartAsync(app);
foreach (var url in app.Urls)
{
    Console.WriteLine($"SharpStack management server {ServerHost.Version}: API at {url.TrimEnd('/')}/client/api");
}
await app.WaitForShutdownAsync();
