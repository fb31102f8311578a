using SharpStack.Api.Commands.Templates;

namespace SharpStack.Api.Images;

/// <summary>
/// Copies an image stream to its file under a size limit, hashing it on the way and checking the
/// checksum at the end: what uploads, URL downloads and store-to-store copies all do.
/// </summary>
public static class ChecksummedCopy
{
    /// <summary>Answers the bytes copied; an image over <paramref name="maxBytes"/> or with another checksum is an <see cref="InvalidDataException"/>.</summary>
    /// <param name="tooLarge">The refusal's message when the limit is passed.</param>
    /// <param name="what">"download" or "upload", for the checksum message.</param>
    /// <param name="afterChunk">Hears the bytes copied so far after every chunk.</param>
    public static async Task<long> CopyAsync(Stream source, Stream target, string? checksum, long maxBytes, string tooLarge, string what,
        Func<long, Task>? afterChunk, CancellationToken ct)
    {
        var expected = TemplateUrls.ParseChecksum(checksum);
        using var hash = expected is { } e ? TemplateUrls.CreateHash(e.Algorithm) : null;
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, ct)) > 0)
        {
            written += read;
            if (written > maxBytes)
            {
                throw new InvalidDataException(tooLarge);
            }
            hash?.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            if (afterChunk is not null)
            {
                await afterChunk(written);
            }
        }
        if (hash is not null && Convert.ToHexStringLower(hash.GetHashAndReset()) is var actual && actual != expected!.Value.Hex)
        {
            throw new InvalidDataException($"Checksum mismatch: expected {expected.Value.Hex} but the {what} has {actual}");
        }
        return written;
    }
}
