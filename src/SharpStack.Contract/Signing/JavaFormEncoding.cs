using System.Text;

namespace SharpStack.Contract.Signing;

/// <summary>
/// The value encoding upstream signs over: Java's form encoder (letters, digits and ". - * _"
/// stay, everything else is %XX of its UTF-8 bytes), with space as %20 rather than +.
/// </summary>
public static class JavaFormEncoding
{
    public static void Append(StringBuilder sb, string value, bool keepTilde = false)
    {
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in value.EnumerateRunes())
        {
            if (rune.IsAscii)
            {
                var c = (char)rune.Value;
                if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '*' or '_' || (keepTilde && c == '~'))
                {
                    sb.Append(c);
                    continue;
                }
            }
            var count = rune.EncodeToUtf8(bytes);
            for (var i = 0; i < count; i++)
            {
                sb.Append('%').Append(bytes[i].ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    public static string Encode(string value)
    {
        var sb = new StringBuilder(value.Length + 8);
        Append(sb, value);
        return sb.ToString();
    }
}
