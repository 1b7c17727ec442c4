using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChat;

/// <summary>Validates <see cref="WeChatCardsOptions"/> at host start; every message names the setting.</summary>
public sealed class WeChatCardsOptionsValidator : IValidateOptions<WeChatCardsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WeChatCardsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = string.IsNullOrEmpty(name) ? "MemberCards:WeChat" : $"MemberCards:WeChat ({name})";
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AppId))
        {
            failures.Add($"{prefix}:AppId is required.");
        }

        if (string.IsNullOrWhiteSpace(options.AppSecret))
        {
            failures.Add($"{prefix}:AppSecret is required.");
        }

        if (options.BaseAddress is null || !options.BaseAddress.IsAbsoluteUri)
        {
            failures.Add($"{prefix}:BaseAddress must be an absolute URI.");
        }

        if (options.TokenMode is not (WeChatTokenMode.Stable or WeChatTokenMode.Classic))
        {
            failures.Add($"{prefix}:TokenMode must be Stable or Classic.");
        }

        if (options.RefreshBeforeExpiry < TimeSpan.Zero)
        {
            failures.Add($"{prefix}:RefreshBeforeExpiry must not be negative.");
        }

        if (options.ForceRefreshInterval < TimeSpan.FromSeconds(30))
        {
            failures.Add($"{prefix}:ForceRefreshInterval must be at least 30 seconds (the platform's limit).");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{prefix}:Timeout must be positive.");
        }

        if (string.IsNullOrEmpty(options.CacheKeyPrefix))
        {
            failures.Add($"{prefix}:CacheKeyPrefix is required.");
        }

        if (options.EncodingAesKey is { Length: > 0 } key && !WeChatMessageCipher.IsValidEncodingAesKey(key))
        {
            failures.Add($"{prefix}:EncodingAesKey must be 43 characters of [A-Za-z0-9].");
        }

        if (options.EncodingAesKey is { Length: > 0 } && string.IsNullOrEmpty(options.PushToken))
        {
            failures.Add($"{prefix}:PushToken is required when EncodingAesKey is set.");
        }

        if (options.MaxEventBytes < 1024)
        {
            failures.Add($"{prefix}:MaxEventBytes must be at least 1024.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"{prefix}:DeduplicationWindow must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
