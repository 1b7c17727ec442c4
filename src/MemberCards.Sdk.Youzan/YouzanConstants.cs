namespace MemberCards.Sdk.Youzan;

/// <summary>Youzan's wire facts and the SDK's names for it, in one place (the emulator, the endpoint and the CLI use these too).</summary>
public static class YouzanConstants
{
    /// <summary>The service name: the configuration key under <c>MemberCards</c>, the <c>service</c> tag of telemetry and <see cref="MemberCardsException.Service"/>.</summary>
    public const string ServiceName = "Youzan";

    /// <summary>The header of Youzan Cloud pushes that signs the raw body: MD5(client_id + body + client_secret), lower-case hex.</summary>
    public const string EventSignHeader = "Event-Sign";

    /// <summary>The push <c>type</c> of merchant-side card events, read as <see cref="YouzanCardEvent"/>.</summary>
    public const string ScrmCardType = "SCRM_CARD";

    /// <summary>The push <c>type</c> of customer-side card events, read as <see cref="YouzanCustomerCardEvent"/>.</summary>
    public const string ScrmCustomerCardType = "SCRM_CUSTOMER_CARD";

    /// <summary>The answer Youzan expects once a push is accepted: <c>{"code":0,"msg":"success"}</c>; anything else makes Youzan re-send it.</summary>
    public const string SuccessReplyJson = """{"code":0,"msg":"success"}""";

    /// <summary>The content type of the reply.</summary>
    public const string ReplyContentType = "application/json; charset=utf-8";

    /// <summary>The default cap on a push body (<see cref="YouzanOptions.MaxMessageBytes"/>): 1 MiB; Youzan pushes are a few hundred bytes.</summary>
    public const int DefaultMaxMessageBytes = 1024 * 1024;

    /// <summary>The success reply as UTF-8 bytes, ready to write to a response.</summary>
    public static ReadOnlySpan<byte> SuccessReplyUtf8 => """{"code":0,"msg":"success"}"""u8;
}
