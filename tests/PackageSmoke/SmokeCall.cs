using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PackageSmoke;

/// <summary>
/// The one real call the package smoke test makes, in three steps: start an emulator from MemberCards.Sdk.Testing,
/// register the client with the builder returned by services.AddMemberCards(), and call it over HTTP.
/// To smoke-test a client package instead, change these three methods (see docs/getting-started.md).
/// </summary>
internal static class SmokeCall
{
    private const string ClientName = "package-smoke";

    public static Task<EmulatorHost> StartEmulatorAsync()
        => EmulatorHost.StartAsync(routes => routes.MapGet("/smoke/ping", (RequestDelegate)(async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("pong " + context.Request.Query["id"]);
        })));

    public static void Register(IMemberCardsBuilder builder, EmulatorHost emulator)
        => builder.Services.AddHttpClient(ClientName, client => client.BaseAddress = emulator.BaseAddress);

    /// <summary>Makes the call and returns what came back.</summary>
    public static async Task<string> CallAsync(IServiceProvider services)
    {
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        return await client.GetStringAsync(new Uri("smoke/ping?id=1090560337592619000", UriKind.Relative));
    }

    public const string Expected = "pong 1090560337592619000";
}
