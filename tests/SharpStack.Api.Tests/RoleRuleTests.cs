using SharpStack.Api.Access;

namespace SharpStack.Api.Tests;

public class RoleRuleTests
{
    [Theory]
    [InlineData("listAccounts", "listAccounts", true)]
    [InlineData("listaccounts", "listAccounts", true)]
    [InlineData("list*", "listAccounts", true)]
    [InlineData("*", "deleteDomain", true)]
    [InlineData("list*", "deleteDomain", false)]
    [InlineData("*Account", "deleteAccount", true)]
    [InlineData("*Account", "deleteAccounts", false)]
    [InlineData("list", "listAccounts", false)]
    public void Rules_match_whole_api_names_case_insensitively(string rule, string api, bool expected) =>
        Assert.Equal(expected, RoleRule.Matches(rule, api));

    [Theory]
    [InlineData("listAccounts", true)]
    [InlineData("list*", true)]
    [InlineData("list.*", false)]
    [InlineData("list Accounts", false)]
    [InlineData("", false)]
    [InlineData("(a|b)", false)]
    public void Only_letters_digits_and_stars_make_a_rule(string rule, bool valid) =>
        Assert.Equal(valid, RoleRule.IsValid(rule));
}
