using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The Refit settings of WeChat Pay: Core's settings (no Refit exception reaches a caller) over the WeChat Pay JSON
/// context, combined with a user's own context for an interface added with <c>AddApi</c>.
/// </summary>
internal static class WeChatPayRefit
{
    /// <summary>The settings of the SDK's own interface.</summary>
    public static readonly RefitSettings Settings = Create(WeChatPayJson.Resolver);

    /// <summary>The settings of a user's interface whose models <paramref name="resolver"/> describes (held per interface by Core).</summary>
    public static RefitSettings For(IJsonTypeInfoResolver? resolver)
        => resolver is null ? Settings : Create(JsonTypeInfoResolver.Combine(resolver, WeChatPayJson.Resolver));

    private static RefitSettings Create(IJsonTypeInfoResolver resolver)
        => MemberCardsRefit.CreateSettings(WeChatPayConstants.ServiceName, MemberCardsJson.CreateOptions(resolver), utf8Answers: true);
}
