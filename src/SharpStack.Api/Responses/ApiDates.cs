using System.Globalization;

namespace SharpStack.Api.Responses;

/// <summary>Upstream's date format, yyyy-MM-dd'T'HH:mm:ssZ, e.g. 2025-10-30T19:21:39+0000.</summary>
public static class ApiDates
{
    public static string Format(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+0000";
}
