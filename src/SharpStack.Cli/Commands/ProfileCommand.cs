using System.CommandLine;
using SharpStack.Cli.Config;
using SharpStack.Cli.Invocation;
using Spectre.Console;
using Profile = SharpStack.Cli.Config.Profile;

namespace SharpStack.Cli.Commands;

/// <summary>`sharpstack profile set NAME key=value...`, `profile list`, `profile use NAME`.</summary>
public static class ProfileCommand
{
    public static Command Create(CliEnvironment env)
    {
        var profile = new Command("profile", "Manage connection profiles (endpoint, API keys or username/password)");

        var setName = new Argument<string>("name") { Description = "Profile name" };
        var settings = new Argument<string[]>("settings") { Description = $"key=value with key one of {string.Join(", ", Profile.Keys)}", Arity = ArgumentArity.ZeroOrMore };
        var set = new Command("set", "Create or change a profile; the first profile becomes the current one") { setName, settings };
        set.SetAction(parse =>
        {
            var config = CliConfig.Load(env.Paths.ConfigFile);
            var name = parse.GetValue(setName)!;
            if (!config.Profiles.TryGetValue(name, out var target))
            {
                target = new Profile();
                if (config.Profiles.Count == 0)
                {
                    config.Current = name;
                }
                config.Profiles[name] = target;
            }
            foreach (var (key, value) in CommandArguments.Parse(parse.GetValue(settings) ?? []))
            {
                target.Set(key, value);
            }
            config.Save(env.Paths.ConfigFile);
            env.Error.WriteLine($"Profile '{name}' saved in {env.Paths.ConfigFile}");
            return ExitCodes.Ok;
        });

        var useName = new Argument<string>("name") { Description = "Profile name" };
        var use = new Command("use", "Make a profile the current one") { useName };
        use.SetAction(parse =>
        {
            var config = CliConfig.Load(env.Paths.ConfigFile);
            var name = parse.GetValue(useName)!;
            config.Find(name, out _);
            config.Current = name;
            config.Save(env.Paths.ConfigFile);
            env.Error.WriteLine($"Now using profile '{name}'");
            return ExitCodes.Ok;
        });

        var list = new Command("list", "List the profiles (secrets are not shown)");
        list.SetAction(_ =>
        {
            var config = CliConfig.Load(env.Paths.ConfigFile);
            var table = new Table().Border(TableBorder.Ascii).AddColumns("current", "name", "url", "auth", "user");
            foreach (var (name, p) in config.Profiles)
            {
                var auth = p.HasKeys ? "keys" : p.HasPassword ? "password" : "none";
                var user = p.HasPassword ? (string.IsNullOrEmpty(p.Domain) ? p.Username! : $"{p.Domain}/{p.Username}") : "";
                table.AddRow(name == config.Current ? "*" : "", Markup.Escape(name), Markup.Escape(p.Endpoint.ToString()), auth, Markup.Escape(user));
            }
            env.WriteTable(table);
            return ExitCodes.Ok;
        });

        profile.Add(set);
        profile.Add(use);
        profile.Add(list);
        return profile;
    }
}
