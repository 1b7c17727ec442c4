namespace MemberCards.Sdk.Testing;

/// <summary>Carries out one <see cref="Fault"/> on a request.</summary>
internal static class FaultInjector
{
    public static async Task RunAsync(HttpContext context, Fault? fault, Func<Task> next)
    {
        switch (fault?.Kind)
        {
            case null:
                await next().ConfigureAwait(false);
                return;
            case FaultKind.Status:
            case FaultKind.RawBody:
                context.Response.StatusCode = fault.StatusCode;
                if (fault.Body is not null)
                {
                    context.Response.ContentType = fault.Body.StartsWith('{') ? "application/json" : "text/html";
                    await context.Response.WriteAsync(fault.Body).ConfigureAwait(false);
                }

                return;
            case FaultKind.Delay:
                try
                {
                    await Task.Delay(fault.Delay, context.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                await next().ConfigureAwait(false);
                return;
            case FaultKind.DropConnection:
                context.Abort();
                return;
            case FaultKind.TruncatedBody:
                await TruncateAsync(context, next).ConfigureAwait(false);
                return;
        }
    }

    private static async Task TruncateAsync(HttpContext context, Func<Task> next)
    {
        var original = context.Response.Body;
        using var captured = new MemoryStream();
        context.Response.Body = captured;
        await next().ConfigureAwait(false);
        context.Response.Body = original;
        var bytes = captured.ToArray();
        if (bytes.Length == 0 || context.Response.StatusCode is StatusCodes.Status204NoContent or StatusCodes.Status304NotModified)
        {
            // An answer without a body has nothing to cut off: it goes out as it is (a 204 cannot announce a length).
            await original.WriteAsync(bytes).ConfigureAwait(false);
            return;
        }

        var full = Math.Max(bytes.Length, 2);
        context.Response.ContentLength = full;
        await original.WriteAsync(bytes.AsMemory(0, bytes.Length / 2)).ConfigureAwait(false);
        await original.FlushAsync().ConfigureAwait(false);

        // Ending the response with fewer bytes than Content-Length makes Kestrel close the connection
        // after what was written has gone out, so the client gets the headers and half the body, then EOF.
        // (Aborting instead resets the socket, and the client may lose the headers as well.)
    }
}
