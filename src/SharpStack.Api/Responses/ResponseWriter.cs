using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace SharpStack.Api.Responses;

/// <summary>Writes the upstream envelopes ({"xresponse": ...} or its XML twin) from an <see cref="ApiObject"/> tree.</summary>
public static class ResponseWriter
{
    public const string CloudStackVersion = "4.22.0.0";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        // Upstream turns the JSON library's unicode escapes back into raw characters.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The envelope body: the response name wrapping the fields of <paramref name="body"/>.</summary>
    public static byte[] Write(ResponseFormat format, string responseName, ApiObject body, bool withVersion = true)
    {
        return format == ResponseFormat.Json ? WriteJson(responseName, body) : WriteXml(responseName, body, withVersion);
    }

    /// <summary>Builds the body object of a command's answer.</summary>
    public static ApiObject Envelope(ApiResult result, string? objectName)
    {
        switch (result)
        {
            case ApiResult.Single single:
                return new ApiObject { { objectName ?? "object", single.Value } };
            case ApiResult.Many many:
                var body = new ApiObject();
                if (many.Total > 0 || many.Items.Count > 0)
                {
                    body.Add("count", many.Total);
                    body.Add(objectName ?? "object", many.Items);
                }
                return body;
            case ApiResult.Success success:
                return new ApiObject { { "success", true }, { "displaytext", success.DisplayText } };
            case ApiResult.Inline inline:
                return inline.Fields;
            default:
                throw new ArgumentOutOfRangeException(nameof(result));
        }
    }

    public static byte[] WriteJson(string responseName, ApiObject body)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        WriteJson(buffer, responseName, body);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes the JSON envelope straight into an output (the response's pipe), with no intermediate copy.</summary>
    public static void WriteJson(IBufferWriter<byte> output, string responseName, ApiObject body)
    {
        using var writer = new Utf8JsonWriter(output, JsonOptions);
        writer.WriteStartObject();
        writer.WritePropertyName(responseName);
        WriteJsonObject(writer, body);
        writer.WriteEndObject();
    }

    /// <summary>The object alone as JSON, e.g. to keep a job result in the database.</summary>
    public static string ToJson(ApiObject body)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            WriteJsonObject(writer, body);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteJsonObject(Utf8JsonWriter writer, ApiObject obj)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in obj)
        {
            writer.WritePropertyName(name);
            WriteJsonValue(writer, value);
        }
        writer.WriteEndObject();
    }

    private static void WriteJsonValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case DateTime dt: writer.WriteStringValue(ApiDates.Format(dt)); break;
            case ApiObject o: WriteJsonObject(writer, o); break;
            case JsonElement e: e.WriteTo(writer); break;
            case IDictionary<string, string> map:
                writer.WriteStartObject();
                foreach (var (k, v) in map)
                {
                    writer.WriteString(k, v);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable items:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        WriteJsonValue(writer, item);
                    }
                }
                writer.WriteEndArray();
                break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public static byte[] WriteXml(string responseName, ApiObject body, bool withVersion)
    {
        using var stream = new MemoryStream();
        stream.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"u8);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false, OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartElement(responseName);
            if (withVersion)
            {
                writer.WriteAttributeString("cloud-stack-version", CloudStackVersion);
            }
            WriteXmlFields(writer, body);
            writer.WriteEndElement();
        }
        return stream.ToArray();
    }

    private static void WriteXmlFields(XmlWriter writer, ApiObject obj)
    {
        foreach (var (name, value) in obj)
        {
            WriteXmlField(writer, name, value);
        }
    }

    private static void WriteXmlField(XmlWriter writer, string name, object value)
    {
        switch (value)
        {
            case ApiObject o:
                writer.WriteStartElement(name);
                WriteXmlFields(writer, o);
                writer.WriteEndElement();
                break;
            case JsonElement e:
                WriteXmlJson(writer, name, e);
                break;
            case IDictionary<string, string> map:
                writer.WriteStartElement(name);
                foreach (var (k, v) in map)
                {
                    writer.WriteElementString(XmlConvert.EncodeLocalName(k), v);
                }
                writer.WriteEndElement();
                break;
            case string s:
                writer.WriteElementString(name, s);
                break;
            case IEnumerable items:
                // Upstream repeats the element once per item.
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        WriteXmlField(writer, name, item);
                    }
                }
                break;
            default:
                writer.WriteElementString(name, Scalar(value));
                break;
        }
    }

    private static void WriteXmlJson(XmlWriter writer, string name, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartElement(name);
                foreach (var property in element.EnumerateObject())
                {
                    WriteXmlJson(writer, property.Name, property.Value);
                }
                writer.WriteEndElement();
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    WriteXmlJson(writer, name, item);
                }
                break;
            case JsonValueKind.Null:
            case JsonValueKind.Undefined:
                break;
            case JsonValueKind.String:
                writer.WriteElementString(name, element.GetString());
                break;
            default:
                writer.WriteElementString(name, element.GetRawText());
                break;
        }
    }

    private static string Scalar(object value) => value switch
    {
        bool b => b ? "true" : "false",
        DateTime dt => ApiDates.Format(dt),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
