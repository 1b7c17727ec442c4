namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>The emulator's token routes: pre-auth tokens (one hour) and single-use pay-view tokens (ten minutes).</summary>
public sealed partial class WeChatPayEmulator
{
    private static readonly TimeSpan PreAuthTokenLifetime = TimeSpan.FromHours(1);
    private static readonly TimeSpan PayViewTokenLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> payViewTokens = new(StringComparer.Ordinal);

    /// <summary>
    /// Uses a pay-view token as the member pay-code component would: <see langword="true"/> the first time, within its
    /// ten minutes; <see langword="false"/> when it is unknown, expired or already used.
    /// </summary>
    /// <param name="token">The token from <c>POST /pay-view-tokens</c>.</param>
    /// <returns>Whether the component would open.</returns>
    public bool RedeemPayViewToken(string token)
        => payViewTokens.TryRemove(token, out var expires) && options.TimeProvider.GetUtcNow() < expires;

    private void MapTokenRoutes(IEndpointRouteBuilder app)
    {
        app.MapMethods(WeChatPayConstants.PartnerPrefix + WeChatPayConstants.PayViewTokensPath, ["POST"], (RequestDelegate)PayViewTokenAsync);
    }

    private Task PreAuthTokenAsync(HttpContext context) => TokenAsync(context, PreAuthTokenLifetime, null);

    private Task PayViewTokenAsync(HttpContext context) => TokenAsync(context, PayViewTokenLifetime, payViewTokens);

    private async Task TokenAsync(HttpContext context, TimeSpan lifetime, ConcurrentDictionary<string, DateTimeOffset>? issued)
    {
        if (await AuthenticatedJsonAsync(context).ConfigureAwait(false) is not { } json
            || !await RequireAsync(context, json, ("brand_id", 32), ("card_id", 32), ("openid", 128)).ConfigureAwait(false))
        {
            return;
        }

        var token = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 32);
        var expires = options.TimeProvider.GetUtcNow() + lifetime;
        issued?.TryAdd(token, expires);
        await AnswerAsync(context, 200, new JsonObject { ["token"] = token, ["expire_time"] = Rfc3339(expires) }).ConfigureAwait(false);
    }
}
