using SharpStack.Orchestration.Security;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SharpStack.Api.Access;
using SharpStack.Api.Auth;
using SharpStack.Api.Binding;
using SharpStack.Api.Catalog;
using SharpStack.Api.Responses;
using SharpStack.Core.Errors;
using SharpStack.Core.Identity;
using SharpStack.Core.Jobs;
using SharpStack.Data;
using SharpStack.Orchestration.Events;
using SharpStack.Orchestration.Jobs;

namespace SharpStack.Api.Pipeline;

/// <summary>
/// The one chokepoint of /client/api: read parameters, authenticate, find the command, check the
/// role, bind and validate, run it (or queue its job) and write the upstream envelope.
/// </summary>
public sealed partial class ApiEndpoint(
    CommandRegistry registry,
    ApiCatalog catalog,
    Authenticator authenticator,
    SessionService sessions,
    RolePermissionChecker roles,
    ParameterBinder binder,
    ProjectAccess projects,
    CommandExecutor executor,
    JobSignal jobSignal,
    SecretProtector secrets,
    EventLog events,
    TimeProvider time,
    ILogger<ApiEndpoint> log)
{
    private static readonly HashSet<string> TransportParams = new(StringComparer.OrdinalIgnoreCase)
    {
        "command", "response", "apikey", "signature", "signatureversion", "expires", "sessionkey", "_",
    };

    public async Task HandleAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        var p = await ReadParametersAsync(http.Request, ct);
        var format = ResponseFormats.Parse(p["response"]);
        var commandName = p["command"];
        var registration = commandName is null ? null : registry.Find(commandName);
        var responseName = registration?.Info.ResponseName ?? ErrorResponses.ErrorResponseName;
        Caller? caller = null;
        try
        {
            await using var scope = http.RequestServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CloudDbContext>();
            if (string.Equals(commandName, "login", StringComparison.OrdinalIgnoreCase))
            {
                responseName = "loginresponse";
                await LoginAsync(http, p, db, format, catalog.Find("login")!, ct);
                return;
            }

            ApiSession? session = null;
            if (Authenticator.HasSignature(p))
            {
                caller = await authenticator.VerifySignatureAsync(http.Request, p, registration?.Info.Name, ct);
                if (registration is null)
                {
                    // Upstream's signed path answers an unknown command as a failed verification.
                    throw Authenticator.Unauthorized();
                }
            }
            else
            {
                (caller, session) = await authenticator.VerifySessionAsync(http, p, db, ct);
            }

            if (commandName is null)
            {
                throw new CloudException(ApiErrorCode.BadRequest, "no command specified");
            }
            if (string.Equals(commandName, "logout", StringComparison.OrdinalIgnoreCase))
            {
                if (session is not null)
                {
                    await sessions.EndAsync(http, db, session, ct);
                    events.Add(db, new EventActor(caller.User.Id, caller.Account.Id, caller.Domain.Id), EventTypes.UserLogout, $"user {caller.User.Username} logged out", "User", caller.User.Uuid, caller.User.Username);
                    await db.SaveChangesAsync(ct);
                }
                await WriteAsync(http, format, "logoutresponse", new ApiObject { { "description", "success" } });
                return;
            }
            if (registration is null || !await roles.IsAllowedAsync(caller.Role, registration.Info, ct))
            {
                throw new CloudException(ApiErrorCode.UnsupportedAction,
                    $"The given command '{commandName}' either does not exist, is not available for user, or not available from ip address '{http.Connection.RemoteIpAddress}'.");
            }
            var bound = await binder.BindAsync(registration.Info, p, caller, db, ct);
            if (ProjectScope.Project(bound) is { } project)
            {
                await projects.CheckApiAsync(db, caller, project, registration.Info.Name, ct);
            }
            var ctx = new CommandContext
            {
                Info = registration.Info,
                Caller = caller,
                Params = bound,
                Db = db,
                Events = events,
                Time = time,
                Cancellation = ct,
                Http = http,
            };
            var handler = (IApiCommand)scope.ServiceProvider.GetRequiredService(registration.Handler);
            ApiObject body;
            if (registration.Info.IsAsync)
            {
                body = await SubmitJobAsync(ctx, (IAsyncApiCommand)handler, p);
            }
            else
            {
                var result = await executor.ExecuteAsync(handler, ctx);
                body = ResponseWriter.Envelope(result, registration.Info.ResponseObject);
            }
            await WriteAsync(http, format, registration.Info.ResponseName, body);
        }
        catch (CloudException e)
        {
            await WriteErrorAsync(http, format, e.Code == ApiErrorCode.UnsupportedAction ? ErrorResponses.ErrorResponseName : responseName, e.Code, e.CsErrorCode, e.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
        catch (Exception e)
        {
            var correlation = Guid.NewGuid();
            LogUnexpected(log, commandName, correlation, e);
            var text = caller?.IsRootAdmin == true
                ? $"Internal error executing command {commandName} (correlation id {correlation})"
                : ErrorResponses.MaskedInternalError;
            await WriteErrorAsync(http, format, responseName, ApiErrorCode.InternalError, CsErrorCode.CloudRuntime, text);
        }
    }

    private async Task LoginAsync(HttpContext http, RequestParameters p, CloudDbContext db, ResponseFormat format, CommandInfo info, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            throw new CloudException(ApiErrorCode.MethodNotAllowed, "Please use HTTP POST to authenticate using this API");
        }
        var username = p["username"];
        var password = p["password"];
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            throw CloudException.InvalidParameter("Unable to execute API command login due to missing parameter username or password");
        }
        long? domainId = null;
        var domainIdText = p["domainid"];
        if (domainIdText is not null)
        {
            if (Guid.TryParse(domainIdText, out var domainUuid))
            {
                domainId = await db.Domains.Where(d => d.Uuid == domainUuid && d.Removed == null).Select(d => (long?)d.Id).FirstOrDefaultAsync(ct) ?? -1;
            }
            else
            {
                domainId = long.TryParse(domainIdText, System.Globalization.CultureInfo.InvariantCulture, out var numeric) ? numeric : -1;
            }
        }
        var caller = await sessions.CheckCredentialsAsync(db, username, password, p["domain"], domainId, ct);
        var session = await sessions.StartAsync(http, db, caller, ct);
        events.Add(db, new EventActor(caller.User.Id, caller.Account.Id, caller.Domain.Id), EventTypes.UserLogin, $"user {caller.User.Username} has logged in from IP address {http.Connection.RemoteIpAddress}", "User", caller.User.Uuid, caller.User.Username);
        await db.SaveChangesAsync(ct);
        var body = new ApiObject
        {
            { "username", caller.User.Username },
            { "userid", caller.User.Uuid },
            { "domainid", caller.Domain.Uuid },
            { "timeout", session.TimeoutSeconds },
            { "account", caller.Account.Name },
            { "firstname", caller.User.FirstName },
            { "lastname", caller.User.LastName },
            { "type", ((int)caller.Account.Type).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            { "timezone", caller.User.Timezone },
            { "registered", "false" },
            { "sessionkey", session.SessionKey },
            { "is2faenabled", "false" },
            { "is2faverified", "false" },
        };
        await WriteAsync(http, format, info.ResponseName, body);
    }

    private async Task<ApiObject> SubmitJobAsync(CommandContext ctx, IAsyncApiCommand handler, RequestParameters p)
    {
        var jobUuid = Guid.NewGuid();
        var custom = p["customjobid"];
        if (custom is not null)
        {
            if (!Guid.TryParse(custom, out jobUuid) || await ctx.Db.AsyncJobs.AnyAsync(j => j.Uuid == jobUuid, ctx.Cancellation))
            {
                throw CloudException.InvalidParameter($"Invalid customjobid {custom}: it must be a well-formed uuid not used by another job");
            }
        }
        // What Prepare records (an instance, its disks and addresses, resource counts) and the job land together or not at all.
        await using var tx = await ctx.Db.Database.BeginTransactionAsync(ctx.Cancellation);
        var target = await executor.PrepareAsync(handler, ctx);
        var parameters = JsonSerializer.Serialize(p.AsSent
            .Where(kv => !TransportParams.Contains(kv.Key))
            .ToDictionary(kv => kv.Key, kv => kv.Value));
        if (ctx.Info.RequestHasSensitiveInfo)
        {
            parameters = JsonSerializer.Serialize(secrets.Protect(parameters));
        }
        var job = new AsyncJob
        {
            Uuid = jobUuid,
            UserId = ctx.Caller.User.Id,
            AccountId = ctx.Caller.Account.Id,
            Command = ctx.Info.Name,
            Parameters = parameters,
            InstanceType = target.InstanceType,
            InstanceUuid = target.InstanceUuid,
            SyncKey = target.SyncKey,
            Created = ctx.Now,
        };
        ctx.Db.AsyncJobs.Add(job);
        await ctx.Db.SaveChangesAsync(ctx.Cancellation);
        await tx.CommitAsync(ctx.Cancellation);
        jobSignal.Notify();
        var body = new ApiObject();
        if (ctx.Info.AsyncCreate && target.CreatedId is not null)
        {
            body.Add("id", target.CreatedId);
        }
        body.Add("jobid", job.Uuid);
        return body;
    }

    private static async Task<RequestParameters> ReadParametersAsync(HttpRequest request, CancellationToken ct)
    {
        var p = new RequestParameters();
        foreach (var (key, values) in request.Query)
        {
            p.Add(key, values.FirstOrDefault() ?? "");
        }
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            foreach (var (key, values) in form)
            {
                p.Add(key, values.FirstOrDefault() ?? "");
            }
        }
        return p;
    }

    private static async Task WriteAsync(HttpContext http, ResponseFormat format, string responseName, ApiObject body)
    {
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = format.ContentType();
        if (format == ResponseFormat.Json)
        {
            // Large lists go straight into the response pipe instead of a growing buffer and a copy.
            ResponseWriter.WriteJson(http.Response.BodyWriter, responseName, body);
            await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
            return;
        }
        var bytes = ResponseWriter.Write(format, responseName, body);
        http.Response.ContentLength = bytes.Length;
        await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
    }

    private static Task WriteErrorAsync(HttpContext http, ResponseFormat format, string responseName, ApiErrorCode code, int csErrorCode, string text)
    {
        if (http.Response.HasStarted)
        {
            return Task.CompletedTask;
        }
        var bytes = ResponseWriter.Write(format, responseName, ErrorResponses.Body(code, csErrorCode, text));
        http.Response.StatusCode = (int)code;
        http.Response.ContentType = format.ContentType();
        http.Response.Headers["X-Description"] = new string(text.Where(c => c is >= ' ' and < (char)127).ToArray());
        http.Response.ContentLength = bytes.Length;
        return http.Response.Body.WriteAsync(bytes).AsTask();
    }

    [LoggerMessage(3001, LogLevel.Error, "Unexpected error in command {Command} (correlation id {Correlation})")]
    private static partial void LogUnexpected(ILogger logger, string? command, Guid correlation, Exception e);
}
