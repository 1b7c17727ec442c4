namespace MemberCards.Cli.Input;

/// <summary>
/// Every secret the tool reads, in one place: the commands build their <see cref="SecretInput"/> from these, and
/// <see cref="SecretArguments"/> uses them to know which command-line values are never printed.
/// </summary>
internal static class Secrets
{
    /// <summary>The WeChat Pay merchant API private key (PEM).</summary>
    public static SecretDefinition MerchantPrivateKey { get; } = new("private-key", "the merchant API private key PEM (apiclient_key.pem)", "MEMBERCARDS_WECHATPAY_PRIVATE_KEY");

    /// <summary>The WeChat Pay APIv3 key.</summary>
    public static SecretDefinition ApiV3Key { get; } = new("apiv3-key", "the APIv3 key (32 bytes: the 32 ASCII characters set in the merchant portal)", "MEMBERCARDS_WECHATPAY_APIV3_KEY");

    /// <summary>The Youzan app's client_secret.</summary>
    public static SecretDefinition YouzanClientSecret { get; } = new("client-secret", "the app's client_secret", "MEMBERCARDS_YOUZAN_CLIENT_SECRET");

    /// <summary>The WeChat Official Account server Token.</summary>
    public static SecretDefinition WeChatToken { get; } = new("token", "the server Token configured in the Official Account", "MEMBERCARDS_WECHAT_TOKEN");

    /// <summary>All of them.</summary>
    public static IReadOnlyList<SecretDefinition> All { get; } = [MerchantPrivateKey, ApiV3Key, YouzanClientSecret, WeChatToken];

    /// <summary>The secret one of whose spellings <paramref name="optionName"/> (without dashes) is, or <see langword="null"/>.</summary>
    public static SecretDefinition? SpelledBy(string optionName) => All.FirstOrDefault(secret => secret.IsSpelledBy(optionName));
}
