using System.Text;
using SharpStack.Api.Binding;
using SharpStack.Api.Responses;

namespace SharpStack.Api.Tests;

public class ResponseWriterTests
{
    private static string Json(ApiResult result, string objectName = "account") =>
        Encoding.UTF8.GetString(ResponseWriter.Write(ResponseFormat.Json, "listaccountsresponse", ResponseWriter.Envelope(result, objectName)));

    [Fact]
    public void List_has_the_total_count_and_the_array_under_the_object_name()
    {
        var items = new[] { new ApiObject { { "id", "a" } }, new ApiObject { { "id", "b" } } };
        Assert.Equal("{\"listaccountsresponse\":{\"count\":7,\"account\":[{\"id\":\"a\"},{\"id\":\"b\"}]}}", Json(ApiResult.List(items, 7)));
    }

    [Fact]
    public void Empty_list_is_an_empty_object() =>
        Assert.Equal("{\"listaccountsresponse\":{}}", Json(ApiResult.List([], 0)));

    [Fact]
    public void Null_fields_are_left_out_and_unicode_stays_raw()
    {
        var obj = new ApiObject { { "name", "名字 é" }, { "email", null }, { "n", 3 }, { "ok", true } };
        Assert.Equal("{\"listaccountsresponse\":{\"account\":{\"name\":\"名字 é\",\"n\":3,\"ok\":true}}}", Json(ApiResult.Of(obj)));
    }

    [Fact]
    public void Success_reply_carries_a_boolean() =>
        Assert.Equal("{\"listaccountsresponse\":{\"success\":true}}", Json(new ApiResult.Success()));

    [Fact]
    public void Xml_repeats_list_elements_and_carries_the_version()
    {
        var items = new[] { new ApiObject { { "id", "a" } }, new ApiObject { { "id", "b<&>" } } };
        var xml = Encoding.UTF8.GetString(ResponseWriter.Write(ResponseFormat.Xml, "listaccountsresponse", ResponseWriter.Envelope(ApiResult.List(items, 2), "account")));
        Assert.Equal(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><listaccountsresponse cloud-stack-version=\"4.22.0.0\"><count>2</count><account><id>a</id></account><account><id>b&lt;&amp;&gt;</id></account></listaccountsresponse>",
            xml);
    }

    [Fact]
    public void Dates_use_upstreams_format() =>
        Assert.Equal("2025-10-30T19:21:39+0000", ApiDates.Format(new DateTime(2025, 10, 30, 19, 21, 39, DateTimeKind.Utc)));

    [Theory]
    [InlineData("2030-01-01", "2030-01-01T00:00:00")]
    [InlineData("2030-01-01 10:20:30", "2030-01-01T10:20:30")]
    [InlineData("2030-01-01T10:20:30+0200", "2030-01-01T08:20:30")]
    [InlineData("2030-01-01T10:20:30Z", "2030-01-01T10:20:30")]
    [InlineData("2030-01-01T10:20:30.123456+00:00", "2030-01-01T10:20:30")]
    public void Dates_parse_in_every_upstream_form(string text, string utc) =>
        Assert.Equal(utc, ParameterBinder.ParseDate(text)!.Value.ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("31/12/2030")]
    [InlineData("tomorrow")]
    [InlineData("2030-13-01")]
    public void Bad_dates_do_not_parse(string text) => Assert.Null(ParameterBinder.ParseDate(text));
}
