using SharpStack.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromProcess());
