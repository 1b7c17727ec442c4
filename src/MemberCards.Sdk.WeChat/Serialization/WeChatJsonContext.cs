using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The source-generated JSON metadata of every WeChat model. WeChat names its JSON fields in snake_case, so a model
/// property carries a <see cref="JsonPropertyNameAttribute"/> only where its wire name is not the snake_case of its
/// C# name (<c>openid</c>, <c>errcode</c>, the camelCase of the JS-SDK records).
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CardEnvelope))]
[JsonSerializable(typeof(WeChatCreateMemberCardRequest))]
[JsonSerializable(typeof(WeChatUploadImageRequest))]
[JsonSerializable(typeof(WeChatCreateCardResponse))]
[JsonSerializable(typeof(WeChatResponse))]
[JsonSerializable(typeof(WeChatSetTestWhiteListRequest))]
[JsonSerializable(typeof(WeChatCreateQrCodeRequest))]
[JsonSerializable(typeof(WeChatCreateQrCodeResponse))]
[JsonSerializable(typeof(WeChatUploadImageResponse))]
[JsonSerializable(typeof(WeChatActivateMemberCardRequest))]
[JsonSerializable(typeof(WeChatSetActivateUserFormRequest))]
[JsonSerializable(typeof(WeChatGetActivateTempInfoRequest))]
[JsonSerializable(typeof(WeChatGetActivateTempInfoResponse))]
[JsonSerializable(typeof(WeChatGetMemberInfoRequest))]
[JsonSerializable(typeof(WeChatGetMemberInfoResponse))]
[JsonSerializable(typeof(WeChatUpdateMemberRequest))]
[JsonSerializable(typeof(WeChatUpdateMemberResponse))]
[JsonSerializable(typeof(WeChatCardIdRequest))]
[JsonSerializable(typeof(WeChatGetCardResponse))]
[JsonSerializable(typeof(WeChatUpdateCardRequest))]
[JsonSerializable(typeof(WeChatUpdateCardResponse))]
[JsonSerializable(typeof(WeChatGetCodeRequest))]
[JsonSerializable(typeof(WeChatGetCodeResponse))]
[JsonSerializable(typeof(WeChatDecryptCodeRequest))]
[JsonSerializable(typeof(WeChatDecryptCodeResponse))]
[JsonSerializable(typeof(WeChatMakeCodeUnavailableRequest))]
[JsonSerializable(typeof(StableTokenRequest))]
[JsonSerializable(typeof(AccessTokenResponse))]
[JsonSerializable(typeof(TicketResponse))]
[JsonSerializable(typeof(WeChatCreateLandingPageRequest))]
[JsonSerializable(typeof(WeChatCreateLandingPageResponse))]
[JsonSerializable(typeof(WeChatGetMpNewsHtmlResponse))]
[JsonSerializable(typeof(WeChatJsConfig))]
[JsonSerializable(typeof(WeChatAddCardItem))]
[JsonSerializable(typeof(WeChatChooseCardParameters))]
[JsonSerializable(typeof(WeChatGetUserCardListRequest))]
[JsonSerializable(typeof(WeChatGetUserCardListResponse))]
[JsonSerializable(typeof(WeChatBatchGetCardsRequest))]
[JsonSerializable(typeof(WeChatBatchGetCardsResponse))]
[JsonSerializable(typeof(WeChatModifyStockRequest))]
[JsonSerializable(typeof(WeChatCardCodesRequest))]
[JsonSerializable(typeof(WeChatDepositCodesResponse))]
[JsonSerializable(typeof(WeChatGetDepositCountResponse))]
[JsonSerializable(typeof(WeChatCheckCodesResponse))]
[JsonSerializable(typeof(WeChatAddPayGiftCardRuleRequest))]
[JsonSerializable(typeof(WeChatAddPayGiftCardRuleResponse))]
[JsonSerializable(typeof(WeChatPayGiftCardRuleIdRequest))]
[JsonSerializable(typeof(WeChatGetPayGiftCardRuleResponse))]
[JsonSerializable(typeof(WeChatBatchGetPayGiftCardRulesRequest))]
[JsonSerializable(typeof(WeChatBatchGetPayGiftCardRulesResponse))]
[JsonSerializable(typeof(WeChatCardDataRequest))]
[JsonSerializable(typeof(WeChatCardCardDataRequest))]
[JsonSerializable(typeof(WeChatMemberCardDetailDataRequest))]
[JsonSerializable(typeof(WeChatCardBizDataResponse))]
[JsonSerializable(typeof(WeChatCardCardDataResponse))]
[JsonSerializable(typeof(WeChatMemberCardDataResponse))]
[JsonSerializable(typeof(WeChatMemberCardDetailDataResponse))]
[JsonSerializable(typeof(WeChatSendCardMessageRequest))]
[JsonSerializable(typeof(WeChatMassSendCardRequest))]
[JsonSerializable(typeof(WeChatMassSendCardToUsersRequest))]
[JsonSerializable(typeof(WeChatPreviewCardMessageRequest))]
[JsonSerializable(typeof(WeChatMassSendResponse))]
internal sealed partial class WeChatJsonContext : JsonSerializerContext
{
    /// <summary>The options every WeChat call serializes with (snake_case names, nulls omitted, Chinese unescaped).</summary>
    public static JsonSerializerOptions Wire => WireHolder.Options;

    /// <summary>The metadata of <typeparamref name="T"/> bound to <see cref="Wire"/>.</summary>
    /// <typeparam name="T">A model type listed above.</typeparam>
    /// <returns>The type info.</returns>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Wire.GetTypeInfo(typeof(T));

    /// <summary>
    /// The SDK's conventions over this context, then <paramref name="more"/> (a host's own context, for
    /// <c>AddApi</c>), with this context's naming policy: source-generated metadata takes the naming policy from the
    /// options it is read with, so options built over <see cref="JsonSerializerContext"/> <c>Default</c> without it
    /// would write the models' C# names.
    /// </summary>
    /// <param name="more">More metadata, or <see langword="null"/>.</param>
    /// <returns>Frozen options.</returns>
    public static JsonSerializerOptions CreateOptions(IJsonTypeInfoResolver? more = null)
    {
        var conventions = MemberCardsJson.CreateOptions(more is null ? Default : JsonTypeInfoResolver.Combine(Default, more));
        var options = new JsonSerializerOptions(conventions) { PropertyNamingPolicy = Default.Options.PropertyNamingPolicy };
        options.MakeReadOnly();
        return options;
    }

    private static class WireHolder
    {
        public static readonly JsonSerializerOptions Options = CreateOptions();
    }
}
