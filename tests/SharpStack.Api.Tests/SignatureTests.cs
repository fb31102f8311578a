using SharpStack.Contract.Signing;

namespace SharpStack.Api.Tests;

public class SignatureTests
{
    [Fact]
    public void Simple_request_signs_to_the_documented_vector()
    {
        var parameters = new Dictionary<string, string> { ["apiKey"] = "KEY", ["command"] = "listZones", ["response"] = "json" };
        var canonical = RequestSignature.CanonicalString(parameters);
        Assert.Equal("apikey=key&command=listzones&response=json", canonical);
        Assert.Equal("CB2VceYQ2lFqNkAe+39yeUIsH5w=", RequestSignature.Compute(canonical, "secret"));
    }

    [Fact]
    public void Version_3_request_with_unicode_and_reserved_characters_signs_to_the_documented_vector()
    {
        var parameters = new Dictionary<string, string>
        {
            ["apiKey"] = "KEY",
            ["command"] = "deployVirtualMachine",
            ["response"] = "json",
            ["name"] = "my vm*~é",
            ["zoneid"] = "1a2b",
            ["signatureVersion"] = "3",
            ["expires"] = "2030-01-01T00:00:00+0000",
        };
        var canonical = RequestSignature.CanonicalString(parameters);
        Assert.Equal("apikey=key&command=deployvirtualmachine&expires=2030-01-01t00%3a00%3a00%2b0000&name=my%20vm*%7e%c3%a9&response=json&signatureversion=3&zoneid=1a2b", canonical);
        Assert.Equal("pZaV4ym7/Fu5OfYsTjYP3A4668g=", RequestSignature.Compute(canonical, "secret"));
    }

    [Fact]
    public void Signature_parameter_is_left_out_whatever_its_case()
    {
        var parameters = new Dictionary<string, string> { ["command"] = "listZones", ["Signature"] = "abc" };
        Assert.Equal("command=listzones", RequestSignature.CanonicalString(parameters));
    }

    [Fact]
    public void Names_sort_by_their_case_sensitive_spelling()
    {
        // 'Z' (0x5A) sorts before 'a' (0x61) when names are compared as sent.
        var parameters = new Dictionary<string, string> { ["apikey"] = "k", ["Zone"] = "z" };
        Assert.Equal("zone=z&apikey=k", RequestSignature.CanonicalString(parameters));
    }

    [Fact]
    public void Verify_accepts_the_right_signature_and_refuses_a_wrong_one()
    {
        var parameters = new Dictionary<string, string> { ["apikey"] = "KEY", ["command"] = "listZones", ["response"] = "json" }.ToList();
        Assert.True(RequestSignature.Verify(parameters, "secret", "CB2VceYQ2lFqNkAe+39yeUIsH5w="));
        Assert.False(RequestSignature.Verify(parameters, "secret2", "CB2VceYQ2lFqNkAe+39yeUIsH5w="));
        Assert.False(RequestSignature.Verify(parameters, "secret", "CB2VceYQ2lFqNkAe+39yeUIsH5x="));
    }

    [Fact]
    public void Signature_of_a_client_that_leaves_tilde_unencoded_is_accepted_too()
    {
        var parameters = new List<KeyValuePair<string, string>> { new("apiKey", "KEY"), new("command", "createUser"), new("password", "a~b") };
        var pythonStyle = RequestSignature.Compute("apikey=key&command=createuser&password=a~b", "secret");
        var javaStyle = RequestSignature.Compute("apikey=key&command=createuser&password=a%7eb", "secret");
        Assert.True(RequestSignature.Verify(parameters, "secret", pythonStyle));
        Assert.True(RequestSignature.Verify(parameters, "secret", javaStyle));
        Assert.False(RequestSignature.Verify(parameters, "other", pythonStyle));
    }

    [Theory]
    [InlineData("a b", "a%20b")]
    [InlineData("a+b", "a%2Bb")]
    [InlineData("~", "%7E")]
    [InlineData(".-*_", ".-*_")]
    [InlineData("é", "%C3%A9")]
    [InlineData("😀", "%F0%9F%98%80")]
    public void Values_are_encoded_like_javas_form_encoder_with_space_as_percent_20(string value, string expected) =>
        Assert.Equal(expected, JavaFormEncoding.Encode(value));
}
