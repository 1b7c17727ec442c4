namespace MemberCards.Sdk.WeChat;

/// <summary>Validates <see cref="WeChatCardsOptions"/> at host start; every message names the setting (<c>MemberCards:WeChat(name):Key</c>).</summary>
internal sealed class WeChatCardsOptionsValidator : IValidateOptions<WeChatCardsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeChatCardsOptions options) => MemberCardsOptionsFailures.Collect(WeChatConstants.ServiceName, name, options, Check);

    private static void Check(WeChatCardsOptions options, MemberCardsOptionsFailures failures)
    {
        if (string.IsNullOrWhiteSpace(options.AppId) && string.IsNullOrWhiteSpace(options.AppSecret) && string.IsNullOrEmpty(options.PushToken) && string.IsNullOrEmpty(options.EncodingAesKey))
        {
            failures.AddSectionMissing(
                "the WeChat Official Account or Mini Program whose cards this registration manages",
                "AddWeChatCards",
                failures.Setting("AppId"),
                failures.Setting("AppSecret"));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.AppId))
            {
                failures.Add("AppId", "is required.");
            }

            if (string.IsNullOrWhiteSpace(options.AppSecret))
            {
                failures.Add("AppSecret", "is required.");
            }
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri)
        {
            failures.Add("BaseAddress", "must be an absolute URI.");
        }

        if (options.TokenMode is not (WeChatTokenMode.Stable or WeChatTokenMode.Classic))
        {
            failures.Add("TokenMode", "must be Stable or Classic.");
        }

        if (options.RefreshBeforeExpiry < TimeSpan.Zero)
        {
            failures.Add("RefreshBeforeExpiry", "must not be negative.");
        }

        if (options.ForceRefreshInterval < TimeSpan.FromSeconds(30))
        {
            failures.Add("ForceRefreshInterval", "must be at least 30 seconds (the platform's limit).");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add("Timeout", "must be positive.");
        }

        if (string.IsNullOrEmpty(options.CacheKeyPrefix))
        {
            failures.Add("CacheKeyPrefix", "is required.");
        }

        if (options.EncodingAesKey is { Length: > 0 } key && !WeChatMessageCipher.IsValidEncodingAesKey(key))
        {
            failures.Add("EncodingAesKey", "must be 43 characters of [A-Za-z0-9].");
        }

        if (options.EncodingAesKey is { Length: > 0 } && string.IsNullOrEmpty(options.PushToken))
        {
            failures.Add("PushToken", "is required when EncodingAesKey is set.");
        }

        if (options.RequireEncryptedPushes is true && string.IsNullOrEmpty(options.EncodingAesKey))
        {
            failures.Add("EncodingAesKey", "is required when RequireEncryptedPushes is on (encrypted pushes cannot be read without it).");
        }

        if (options.MaxMessageBytes < 1024)
        {
            failures.Add("MaxMessageBytes", "must be at least 1024.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add("DeduplicationWindow", "must be positive.");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add("ProcessingTimeout", "must be positive.");
        }

        if (options.PushTimestampWindow <= TimeSpan.Zero)
        {
            failures.Add("PushTimestampWindow", "must be positive.");
        }

        if (options.PushTimestampWindow > TimeSpan.Zero && options.DeduplicationWindow > TimeSpan.Zero && options.DeduplicationWindow < 2 * options.PushTimestampWindow)
        {
            failures.Add("DeduplicationWindow", $"({options.DeduplicationWindow}) must be at least twice {failures.Setting("PushTimestampWindow")} ({options.PushTimestampWindow}): a signed push stays acceptable for twice that window, and a replay is refused only while the first delivery is remembered.");
        }
    }
}
