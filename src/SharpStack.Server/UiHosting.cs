using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace SharpStack.Server;

/// <summary>
/// Serves the web UI (the single-page app of src/SharpStack.Ui, built to its dist/ folder) at
/// /client/. Files are served from the folder named by the configuration key <c>UiDir</c>, by
/// default <c>wwwroot/client</c> beside the server binary, where the build copies dist/. Paths
/// that are not files get index.html so the app's own routes (/client/accounts?page=2) can be
/// bookmarked; /client/api and /client/health stay the server's own.
/// </summary>
public static class UiHosting
{
    public const string ConfigurationKey = "UiDir";

    private const string NotBuiltText =
        "The SharpStack web UI has not been built.\n\n" +
        "Build it with Node.js 20.19+ and npm:\n" +
        "    cd src/SharpStack.Ui && npm ci && npm run build\n" +
        "then rebuild and restart the server (./run.sh does all of this), or point the setting\n" +
        "UiDir (--UiDir=DIR or SHARPSTACK_UIDIR) at a folder holding the built index.html.\n\n" +
        "The API works without the UI: /client/api\n";

    // The app runs only its own bundled scripts and talks only to its own origin; antd injects its
    // CSS at run time, hence 'unsafe-inline' for styles.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The folder the UI is served from: <c>UiDir</c> when set, else wwwroot/client beside the binary.</summary>
    public static string UiDirectory(IConfiguration configuration)
    {
        var configured = configuration[ConfigurationKey];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(AppContext.BaseDirectory, "wwwroot", "client")
            : configured);
    }

    /// <summary>Maps GET/HEAD /client and /client/{**path} to the built UI (or to a plain-text "not built" page).</summary>
    public static WebApplication MapWebUi(this WebApplication app)
    {
        var root = UiDirectory(app.Configuration);
        var index = Path.Combine(root, "index.html");
        if (File.Exists(index))
        {
            app.Logger.LogInformation("Web UI served at /client/ from {UiDir}", root);
        }
        else
        {
            app.Logger.LogWarning("Web UI not built: {Index} is missing; /client/ explains how to build it", index);
        }
        // The pattern also matches "/client" itself, which goes to "/client/" so relative asset paths resolve.
        app.MapMethods("/client/{**path}", ["GET", "HEAD"], (HttpContext context, string? path) =>
            context.Request.Path.Value is "/client"
                ? Results.Redirect("/client/" + context.Request.QueryString)
                : Serve(context, root, path ?? ""));
        return app;
    }

    private static IResult Serve(HttpContext context, string root, string path)
    {
        var firstSegment = path.Split('/', 2)[0];
        if (firstSegment.Equals("api", StringComparison.OrdinalIgnoreCase) ||
            firstSegment.Equals("health", StringComparison.OrdinalIgnoreCase))
        {
            return Results.NotFound();
        }
        var index = Path.Combine(root, "index.html");
        if (!File.Exists(index))
        {
            context.Response.Headers.CacheControl = "no-store";
            return Results.Text(NotBuiltText, "text/plain; charset=utf-8");
        }
        if (path.Length > 0)
        {
            var file = Path.GetFullPath(Path.Combine(root, path));
            var inside = file.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            if (inside && File.Exists(file))
            {
                var immutable = path.StartsWith("assets/", StringComparison.Ordinal);
                return ServeFile(context, file, immutable);
            }
            // A missing script or image must not be answered with the HTML page.
            if (!inside || path.StartsWith("assets/", StringComparison.Ordinal) || Path.HasExtension(path))
            {
                return Results.NotFound();
            }
        }
        context.Response.Headers["Content-Security-Policy"] = ContentSecurityPolicy;
        context.Response.Headers["Referrer-Policy"] = "same-origin";
        return ServeFile(context, index, immutable: false);
    }

    private static IResult ServeFile(HttpContext context, string file, bool immutable)
    {
        if (!ContentTypes.TryGetContentType(file, out var contentType))
        {
            contentType = "application/octet-stream";
        }
        else if (contentType is "text/html" or "text/css" or "text/javascript" or "application/javascript" or "application/json")
        {
            contentType += "; charset=utf-8";
        }
        var info = new FileInfo(file);
        var lastModified = new DateTimeOffset(info.LastWriteTimeUtc);
        var etag = new EntityTagHeaderValue($"\"{info.Length:x}-{info.LastWriteTimeUtc.Ticks:x}\"");
        // Vite names built assets by content hash, so they never change; index.html must be revalidated.
        context.Response.Headers.CacheControl = immutable ? "public, max-age=31536000, immutable" : "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(file, contentType, lastModified: lastModified, entityTag: etag, enableRangeProcessing: true);
    }
}
