using System.Text;
using MemberCards.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>
/// A merchant's push endpoint on real HTTP (127.0.0.1): POST /youzan/{app?} feeds the request body and the
/// Event-Sign header to the dispatcher of the SDK's DI container and writes its reply; a bad signature is
/// answered 401, a malformed push 400, a failing handler 500 (so Youzan re-sends).
/// </summary>
internal sealed class PushReceiver : IAsyncDisposable
{
    private readonly EmulatorHost host;

    private PushReceiver(EmulatorHost host, ServiceProvider services)
    {
        this.host = host;
        Services = services;
    }

    public ServiceProvider Services { get; }

    public PushRecorder Recorder => Services.GetRequiredService<PushRecorder>();

    public Uri Endpoint(string? app = null) => new(host.BaseAddress, app is null ? "youzan" : "youzan/" + app);

    public IReadOnlyList<Testing.RecordedRequest> Requests => host.Requests;

    public static async Task<PushReceiver> StartAsync(Func<IMemberCardsBuilder, YouzanBuilder> configure, bool handlers = true, Microsoft.Extensions.Configuration.IConfiguration? configuration = null)
    {
        var services = new ServiceCollection();
        var youzan = configure(configuration is null ? services.AddMemberCards() : services.AddMemberCards(configuration));
        services.AddSingleton<PushRecorder>();
        if (handlers)
        {
            youzan.AddHandler<YouzanCardEvent, CardHandler>()
                .AddHandler<YouzanCustomerCardEvent, CustomerCardHandler>()
                .AddHandler<YouzanPush, OtherPushHandler>();
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        var host = await EmulatorHost.StartAsync(routes =>
        {
            routes.MapPost("/youzan/{app?}", (RequestDelegate)(context => HandleAsync(context, provider)));
        });
        return new PushReceiver(host, provider);
    }

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        await Services.DisposeAsync();
    }

    private static async Task HandleAsync(HttpContext context, IServiceProvider provider)
    {
        var app = context.Request.RouteValues["app"] as string ?? Options.DefaultName;
        var dispatcher = app == Options.DefaultName
            ? provider.GetRequiredService<IYouzanDispatcher>()
            : provider.GetRequiredService<IYouzanDispatcherFactory>().Create(app);
        int status;
        string reply;
        try
        {
            var result = await dispatcher.DispatchAsync(context.Request.Body, context.Request.Headers["Event-Sign"].FirstOrDefault(), context.RequestAborted);
            context.Response.Headers["X-Outcome"] = result.Outcome.ToString();
            (status, reply) = (200, result.Reply);
        }
        catch (MemberCardsSignatureException)
        {
            (status, reply) = (401, """{"code":401,"msg":"signature does not verify"}""");
        }
        catch (MemberCardsFormatException)
        {
            (status, reply) = (400, """{"code":400,"msg":"malformed push"}""");
        }
        catch (InvalidOperationException)
        {
            (status, reply) = (500, """{"code":500,"msg":"failed"}""");
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = YouzanConstants.ReplyContentType;
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(reply));
    }
}
