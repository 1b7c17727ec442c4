using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace PackageSmoke;

/// <summary>
/// The one real call the package smoke test makes: start the ERP emulator from MemberCards.Sdk.Testing, register the
/// ERP client on the builder returned by services.AddMemberCards(), and post a points change over HTTP.
/// To smoke-test another client package, change this file only (and the package list in build/smoke/package.sh).
/// </summary>
internal static class SmokeCall
{
    /// <summary>What <see cref="CallAsync"/> must return.</summary>
    public const string Expected = "store 2001";

    public static Task<ErpEmulator> StartEmulatorAsync() => ErpEmulator.StartAsync();

    public static void Register(IMemberCardsBuilder builder, ErpEmulator emulator)
        => builder.AddErpPoints().Configure(options => options.BaseAddress = emulator.BaseAddress);

    /// <summary>Makes the call and returns what came back, as text.</summary>
    public static async Task<string> CallAsync(IServiceProvider services)
    {
        var member = await services.GetRequiredService<IErpPointsClient>().ChangeMemberPointsAsync(new MemberPointsChangeRequest
        {
            Mobile = "13800138000",
            PointsChanges = 10,
            PointsRemaining = 110,
            PointsUsed = 0,
            StoreNumber = "2001",
        });
        return "store " + member.StoreNumber;
    }

    /// <summary>The requests the emulator received, as "METHOD /path?query".</summary>
    public static IReadOnlyList<string> RequestsSeen(ErpEmulator emulator)
        => [.. emulator.Requests.Select(request => $"{request.Method} {request.PathAndQuery}")];
}
