using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;
using Refit;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The Refit settings of WeChat Pay: Core's settings over the WeChat Pay JSON context, plus one WeChat Pay rule: an
/// answer to a write (POST, PATCH, DELETE) that fails verification is reported as
/// <see cref="MemberCardsOutcomeUnknownException"/> with the <see cref="MemberCardsSignatureException"/> as its cause,
/// because WeChat Pay may have applied the change (only an attacker or a broken proxy can have sent that answer).
/// </summary>
internal static class WeChatPayRefit
{
    private static readonly ConditionalWeakTable<IJsonTypeInfoResolver, RefitSettings> UserSettings = [];

    /// <summary>The settings of the SDK's own interface.</summary>
    public static readonly RefitSettings Settings = Create(WeChatPayJsonContext.Default);

    /// <summary>The settings of a user's interface whose models <paramref name="resolver"/> describes (cached per resolver).</summary>
    public static RefitSettings For(IJsonTypeInfoResolver? resolver)
        => resolver is null ? Settings : UserSettings.GetValue(resolver, static r => Create(JsonTypeInfoResolver.Combine(r, WeChatPayJsonContext.Default)));

    private static RefitSettings Create(IJsonTypeInfoResolver resolver)
    {
        var settings = MemberCardsRefit.CreateSettings(WeChatPayConstants.ServiceName, MemberCardsJson.CreateOptions(resolver));
        var transport = settings.TransportExceptionFactory;
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
            exception is MemberCardsSignatureException && !MemberCardsHttp.IsIdempotent(request.Method)
                ? new MemberCardsOutcomeUnknownException(WeChatPayConstants.ServiceName, MemberCardsHttp.OperationOf(request), null, exception)
                : transport!(request, exception, cancellationToken);
        return settings;
    }
}
