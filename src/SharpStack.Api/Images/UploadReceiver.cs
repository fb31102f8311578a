using Microsoft.AspNetCore.Http;

namespace SharpStack.Api.Images;

/// <summary>
/// Reads an upload's bytes (a raw body, or the first file of a multipart form as a browser sends
/// it) into a .part file that is renamed when complete, checking the size limit and the checksum on
/// the way; without a path the bytes are only counted (a simulated store).
/// </summary>
public static class UploadReceiver
{
    public static async Task<long> ReceiveAsync(HttpContext http, string? path, string? checksum, long maxBytes)
    {
        var ct = http.RequestAborted;
        // Images are far larger than the server's default request limit; maxBytes limits them instead.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = null;
        }
        try
        {
            var body = await BodyAsync(http, maxBytes);
            long written;
            await using (var output = path is null ? Stream.Null : OpenPart(path))
            {
                written = await ChecksummedCopy.CopyAsync(body, output, checksum, maxBytes, $"The upload is larger than the limit of {maxBytes >> 30} GB", "upload", null, ct);
            }
            if (path is not null)
            {
                File.Move(path + ".part", path, overwrite: true);
            }
            return written;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            if (path is not null && File.Exists(path + ".part"))
            {
                File.Delete(path + ".part");
            }
            throw new InvalidDataException(e.Message, e);
        }
    }

    private static Stream OpenPart(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new FileStream(path + ".part", FileMode.Create, FileAccess.Write);
    }

    private static async Task<Stream> BodyAsync(HttpContext http, long maxBytes)
    {
        if (!http.Request.HasFormContentType)
        {
            return http.Request.Body;
        }
        var form = await http.Request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = Math.Max(maxBytes, 1) + (1 << 20) }, http.RequestAborted);
        return form.Files.Count > 0 ? form.Files[0].OpenReadStream() : throw new InvalidDataException("The form has no file");
    }

    public static async Task RefuseAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        await http.Response.WriteAsync(message, http.RequestAborted);
    }
}
