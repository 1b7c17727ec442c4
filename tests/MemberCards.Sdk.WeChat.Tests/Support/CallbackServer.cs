using System.Collections.Concurrent;
using MemberCards.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>A host's event endpoint on a real loopback server, handling pushes with the SDK's IWeChatEventProcessor.</summary>
internal sealed class CallbackServer : IAsyncDisposable
{
    private EmulatorHost? host;

    public IServiceProvider? Sdk { get; set; }

    public ConcurrentQueue<WeChatEvent> Handled { get; } = new();

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
        var processor = Sdk!.GetRequiredService<IWeChatEventProcessor>();
        try
        {
            var result = await processor.HandleAsync(WeChatPushQuery.Parse(context.Request.QueryString.Value), buffer.ToArray(), (e, _) =>
            {
                Handled.Enqueue(e);
                return Task.CompletedTask;
            });
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
