namespace SharpStack.Api.Responses;

public enum ResponseFormat
{
    Xml,
    Json,
}

public static class ResponseFormats
{
    /// <summary>XML is upstream's default; "json" in any case selects JSON.</summary>
    public static ResponseFormat Parse(string? value) =>
        string.Equals(value, "json", StringComparison.OrdinalIgnoreCase) ? ResponseFormat.Json : ResponseFormat.Xml;

    public static string ContentType(this ResponseFormat format) =>
        format == ResponseFormat.Json ? "application/json; charset=UTF-8" : "text/xml; charset=UTF-8";
}
