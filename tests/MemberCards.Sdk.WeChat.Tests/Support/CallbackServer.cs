using System.Collections.Concurrent;
using MemberCards.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>A host's event endpoint on a real loopback server, handling pushes with the SDK's IWeChatDispatcher.</summary>
internal sealed class CallbackServer : IAsyncDisposable
{
    private EmulatorHost? host;

    public IServiceProvider? Sdk { get; set; }

    /// <summary>The events the SDK host's <see cref="HandledEvents"/> handler saw.</summary>
    public ConcurrentQueue<WeChatEvent> Handled => Sdk!.GetRequiredService<HandledEvents>().Queue;

    public ConcurrentQueue<string> Rejections { get; } = new();

    public Uri Url => new(host!.BaseAddress, "wechat/events");

    public static async Task<CallbackServer> StartAsync()
    {
        var server = new CallbackServer();
        server.host = await EmulatorHost.StartAsync(app => app.MapPost("/wechat/events", (RequestDelegate)server.HandleAsync));
        return server;
    }

    public ValueTask DisposeAsync() => host?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var dispatcher = Sdk!.GetRequiredService<IWeChatDispatcher>();
        try
        {
            var result = await dispatcher.DispatchAsync(WeChatPushQuery.Parse(context.Request.QueryString.Value), buffer.ToArray());
            context.Response.StatusCode = 200;
            await context.Response.WriteAsync(result.Reply);
        }
        catch (MemberCardsException ex)
        {
            Rejections.Enqueue($"{ex.GetType().Name}: {ex.Message}");
            context.Response.StatusCode = ex is MemberCardsSignatureException ? 401 : 400;
        }
    }
}

/// <summary>Every event the host's handler saw (registered by <see cref="WeChatTestHosts.Build"/>).</summary>
internal sealed class HandledEvents : IWeChatMessageHandler<WeChatEvent>
{
    public ConcurrentQueue<WeChatEvent> Queue { get; } = new();

    public Task HandleAsync(WeChatEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
    {
        Queue.Enqueue(message);
        return Task.CompletedTask;
    }
}

/// <summary>Resolves the singleton <see cref="HandledEvents"/> as the scoped handler.</summary>
internal sealed class HandledEventsHandler(HandledEvents events) : IWeChatMessageHandler<WeChatEvent>
{
    public Task HandleAsync(WeChatEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
        => events.HandleAsync(message, context, cancellationToken);
}
