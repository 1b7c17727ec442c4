using MemberCards.Sdk;
using MemberCards.Sdk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace PackageSmoke;

/// <summary>
/// The one real call the package smoke test makes: start an emulator from MemberCards.Sdk.Testing, register the
/// client on the builder returned by services.AddMemberCards(), call it over HTTP. To smoke-test a client package
/// instead of a bare HttpClient, change this file only (and the package list in build/smoke/package.sh).
/// </summary>
internal static class SmokeCall
{
    private const string ClientName = "package-smoke";

    /// <summary>What <see cref="CallAsync"/> must return.</summary>
    public const string Expected = "pong 1090560337592619000";

    public static Task<EmulatorHost> StartEmulatorAsync()
        => EmulatorHost.StartAsync(routes => routes.MapGet("/smoke/ping", (RequestDelegate)(async context =>
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("pong " + context.Request.Query["id"]);
        })));

    public static void Register(IMemberCardsBuilder builder, EmulatorHost emulator)
        => builder.Services.AddHttpClient(ClientName, client => client.BaseAddress = emulator.BaseAddress);

    /// <summary>Makes the call and returns what came back, as text.</summary>
    public static async Task<string> CallAsync(IServiceProvider services)
    {
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);
        return await client.GetStringAsync(new Uri("smoke/ping?id=1090560337592619000", UriKind.Relative));
    }

    /// <summary>The requests the emulator received, as "METHOD /path?query".</summary>
    public static IReadOnlyList<string> RequestsSeen(EmulatorHost emulator)
        => [.. emulator.Requests.Select(request => $"{request.Method} {request.PathAndQuery}")];
}
