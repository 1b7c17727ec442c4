using System.Text;

namespace MemberCards.Sdk.AspNetCore;

/// <summary>Writes endpoint answers and resolves the endpoint logger.</summary>
internal static class Answer
{
    /// <summary>Writes a status, a content type and a UTF-8 text body.</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status.</param>
    /// <param name="contentType">The content type, or <see langword="null"/> with an empty body.</param>
    /// <param name="body">The body text (may be empty).</param>
    /// <returns>A task that completes when written.</returns>
    public static Task WriteAsync(HttpContext context, int statusCode, string? contentType, string body)
    {
        context.Response.StatusCode = statusCode;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        if (body.Length == 0)
        {
            context.Response.ContentLength = 0;
            return Task.CompletedTask;
        }

        var bytes = Encoding.UTF8.GetBytes(body);
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, 0, bytes.Length, context.RequestAborted);
    }

    /// <summary>The endpoints' logger from the request's services.</summary>
    /// <param name="context">The request.</param>
    /// <returns>The logger.</returns>
    public static ILogger Logger(HttpContext context)
        => context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(EndpointLog.Category);
}
