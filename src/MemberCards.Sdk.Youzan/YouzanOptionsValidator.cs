using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Checks <see cref="YouzanOptions"/> at host start; every message names the setting (<c>MemberCards:Youzan(name):Key</c>).</summary>
internal sealed class YouzanOptionsValidator : IValidateOptions<YouzanOptions>
{
    public const int MinMessageBytes = 1024;
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, YouzanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        string Setting(string key) => MemberCardsSettingName.Of(YouzanConstants.ServiceName, name, key);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId) && string.IsNullOrWhiteSpace(options.ClientSecret) && options.AdditionalClientSecrets.Count == 0)
        {
            failures.Add(MemberCardsSectionMissing.Message(
                MemberCardsSettingName.Of(YouzanConstants.ServiceName, name),
                "the Youzan app that pushes to this endpoint",
                MemberCardsSectionMissing.ConfigureOrBind("AddYouzan", name),
                Setting(nameof(YouzanOptions.ClientId)),
                Setting(nameof(YouzanOptions.ClientSecret))));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add($"{Setting(nameof(YouzanOptions.ClientId))} is required: the client_id of the Youzan app that pushes to this endpoint.");
            }

            if (string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                failures.Add($"{Setting(nameof(YouzanOptions.ClientSecret))} is required: the client_secret of the Youzan app, used to verify every push.");
            }
        }

        for (var i = 0; i < options.AdditionalClientSecrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.AdditionalClientSecrets[i]))
            {
                failures.Add($"{Setting(nameof(YouzanOptions.AdditionalClientSecrets))}:{i} is empty; remove it or set the old client_secret.");
            }
        }

        if (options.MaxMessageBytes is < MinMessageBytes or > MaxMessageBytes)
        {
            failures.Add($"{Setting(nameof(YouzanOptions.MaxMessageBytes))} must be between {MinMessageBytes} and {MaxMessageBytes} bytes; it is {options.MaxMessageBytes}.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(nameof(YouzanOptions.DeduplicationWindow))} must be positive (for example 7.00:00:00); it is {options.DeduplicationWindow}.");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(nameof(YouzanOptions.ProcessingTimeout))} must be positive (for example 00:02:00); it is {options.ProcessingTimeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
