namespace MemberCards.Sdk.WeChat;

/// <summary>Validates <see cref="WeChatCardsOptions"/> at host start; every message names the setting (<c>MemberCards:WeChat(name):Key</c>).</summary>
internal sealed class WeChatCardsOptionsValidator : IValidateOptions<WeChatCardsOptions>
{
    public ValidateOptionsResult Validate(string? name, WeChatCardsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var failures = new List<string>();
        void Fail(string key, string message) => failures.Add($"{MemberCardsSettingName.Of(WeChatConstants.ServiceName, name, key)} {message}");

        if (string.IsNullOrWhiteSpace(options.AppId) && string.IsNullOrWhiteSpace(options.AppSecret) && string.IsNullOrEmpty(options.PushToken) && string.IsNullOrEmpty(options.EncodingAesKey))
        {
            failures.Add(MemberCardsSectionMissing.Message(
                MemberCardsSettingName.Of(WeChatConstants.ServiceName, name),
                "the WeChat Official Account or Mini Program whose cards this registration manages",
                MemberCardsSectionMissing.ConfigureOrBind("AddWeChatCards", name),
                MemberCardsSettingName.Of(WeChatConstants.ServiceName, name, "AppId"),
                MemberCardsSettingName.Of(WeChatConstants.ServiceName, name, "AppSecret")));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                Fail("AppId", "is required.");
            }

            if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                Fail("AppSecret", "is required.");
            }
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri)
        {
            Fail("BaseAddress", "must be an absolute URI.");
        }

        if (options.TokenMode is not (WeChatTokenMode.Stable or WeChatTokenMode.Classic))
        {
            Fail("TokenMode", "must be Stable or Classic.");
        }

        if (options.RefreshBeforeExpiry < TimeSpan.Zero)
        {
            Fail("RefreshBeforeExpiry", "must not be negative.");
        }

        if (options.ForceRefreshInterval < TimeSpan.FromSeconds(30))
        {
            Fail("ForceRefreshInterval", "must be at least 30 seconds (the platform's limit).");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            Fail("Timeout", "must be positive.");
        }

        if (string.IsNullOrEmpty(options.CacheKeyPrefix))
        {
            Fail("CacheKeyPrefix", "is required.");
        }

        if (options.EncodingAesKey is { Length: > 0 } key && !WeChatMessageCipher.IsValidEncodingAesKey(key))
        {
            Fail("EncodingAesKey", "must be 43 characters of [A-Za-z0-9].");
        }

        if (options.EncodingAesKey is { Length: > 0 } && string.IsNullOrEmpty(options.PushToken))
        {
            Fail("PushToken", "is required when EncodingAesKey is set.");
        }

        if (options.RequireEncryptedPushes && string.IsNullOrEmpty(options.EncodingAesKey))
        {
            Fail("EncodingAesKey", "is required when RequireEncryptedPushes is on (encrypted pushes cannot be read without it).");
        }

        if (options.MaxMessageBytes < 1024)
        {
            Fail("MaxMessageBytes", "must be at least 1024.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            Fail("DeduplicationWindow", "must be positive.");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            Fail("ProcessingTimeout", "must be positive.");
        }

        if (options.PushTimestampWindow <= TimeSpan.Zero)
        {
            Fail("PushTimestampWindow", "must be positive.");
        }

        if (options.PushTimestampWindow > TimeSpan.Zero && options.DeduplicationWindow > TimeSpan.Zero && options.DeduplicationWindow < 2 * options.PushTimestampWindow)
        {
            Fail("DeduplicationWindow", $"({options.DeduplicationWindow}) must be at least twice {MemberCardsSettingName.Of(WeChatConstants.ServiceName, name, "PushTimestampWindow")} ({options.PushTimestampWindow}): a signed push stays acceptable for twice that window, and a replay is refused only while the first delivery is remembered.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
