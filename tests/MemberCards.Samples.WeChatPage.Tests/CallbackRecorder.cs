using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Samples.WeChatPage.Tests;

/// <summary>The merchant's callback URL on a loopback port: records every event push body the emulator delivers.</summary>
internal sealed class CallbackRecorder : IAsyncDisposable
{
    private readonly WebApplication app;

    private CallbackRecorder(WebApplication app, ConcurrentQueue<string> bodies)
    {
        this.app = app;
        Bodies = bodies;
    }

    public ConcurrentQueue<string> Bodies { get; }

    public Uri Url => new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/wechat");

    public static async Task<CallbackRecorder> StartAsync()
    {
        var bodies = new ConcurrentQueue<string>();
        var app = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]).Build();
        app.MapPost("/wechat", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            bodies.Enqueue(await reader.ReadToEndAsync());
            return Results.Text("success");
        });
        await app.StartAsync();
        return new CallbackRecorder(app, bodies);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
