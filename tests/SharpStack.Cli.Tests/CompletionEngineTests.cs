using SharpStack.Cli.Catalog;
using SharpStack.Cli.Completion;

namespace SharpStack.Cli.Tests;

/// <summary>The completion engine as a unit: words typed so far, candidates for the last one.</summary>
public sealed class CompletionEngineTests
{
    private static readonly ApiCatalog Catalog = new()
    {
        Commands =
        [
            new ApiCommand { Name = "listZones", Params = [new ApiParam { Name = "name" }, new ApiParam { Name = "id", Type = "uuid" }] },
            new ApiCommand { Name = "listVirtualMachines", Params = [new ApiParam { Name = "state" }, new ApiParam { Name = "zoneid", Type = "uuid" }] },
            new ApiCommand { Name = "listVolumes", Params = [] },
            new ApiCommand
            {
                Name = "deployVirtualMachine", IsAsync = true,
                Params = [new ApiParam { Name = "zoneid", Required = true }, new ApiParam { Name = "templateid", Required = true }, new ApiParam { Name = "name" }],
            },
            new ApiCommand { Name = "logout", Params = [] },
        ],
    };

    private static IReadOnlyList<string> Complete(params string[] words) => new CompletionEngine(Catalog).Complete(words);

    [Fact]
    public void First_word_offers_verbs_and_built_in_commands()
    {
        var candidates = Complete("");
        Assert.Equal(["api", "completion", "deploy", "list", "logout", "profile", "sync", "zone"], candidates);
    }

    [Fact]
    public void A_prefix_narrows_the_verbs() => Assert.Equal(["list", "logout"], Complete("l"));

    [Fact]
    public void After_a_verb_come_its_nouns() => Assert.Equal(["virtualmachines", "volumes"], Complete("list", "v"));

    [Fact]
    public void After_verb_and_noun_come_parameter_names_with_equals() =>
        Assert.Equal(["name=", "templateid=", "zoneid="], Complete("deploy", "virtualmachine", ""));

    [Fact]
    public void Parameters_already_given_are_not_offered_again() =>
        Assert.Equal(["name="], Complete("deploy", "virtualmachine", "zoneid=z1", "templateid=t1", ""));

    [Fact]
    public void A_value_being_typed_gets_no_candidates() => Assert.Empty(Complete("list", "zones", "name=De"));

    [Fact]
    public void Raw_api_completes_command_names_then_their_parameters()
    {
        Assert.Equal(["listVirtualMachines", "listVolumes"], Complete("api", "listV"));
        Assert.Equal(["id=", "name="], Complete("api", "listZones", ""));
    }

    [Fact]
    public void Options_and_their_values_are_skipped() =>
        Assert.Equal(["zones"], Complete("--profile", "prod", "-o", "json", "list", "z"));

    [Fact]
    public void Built_in_commands_complete_their_sub_commands()
    {
        Assert.Equal(["list", "set", "use"], Complete("profile", ""));
        Assert.Equal(["apply"], Complete("zone", "a"));
    }

    [Fact]
    public void Without_a_catalog_only_built_ins_are_offered() =>
        Assert.Equal(["api", "completion", "profile", "sync", "zone"], new CompletionEngine(null).Complete([""]));

    [Theory]
    [InlineData("sharpstack list zo", new[] { "list", "zo" })]
    [InlineData("sharpstack list ", new[] { "list", "" })]
    [InlineData("sharpstack ", new[] { "" })]
    public void Command_line_is_split_into_words_with_the_one_under_the_cursor_last(string line, string[] words) =>
        Assert.Equal(words, CompletionEngine.SplitLine(line));

    [Theory]
    [InlineData("listVirtualMachines", "list", "virtualmachines")]
    [InlineData("deployVirtualMachine", "deploy", "virtualmachine")]
    [InlineData("queryAsyncJobResult", "query", "asyncjobresult")]
    [InlineData("logout", "logout", "")]
    public void Api_names_split_into_verb_and_noun_as_cloudmonkey_does(string api, string verb, string noun) =>
        Assert.Equal(new CommandName(verb, noun), CommandName.Split(api));
}
