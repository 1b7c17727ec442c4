using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Checks <see cref="YouzanOptions"/> at host start; every message names the setting (<c>MemberCards:Youzan(name):Key</c>).</summary>
internal sealed class YouzanOptionsValidator : IValidateOptions<YouzanOptions>
{
    public const int MinMessageBytes = 1024;
    public const int MaxMessageBytes = 64 * 1024 * 1024;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, YouzanOptions options) => MemberCardsOptionsFailures.Collect(YouzanConstants.ServiceName, name, options, Check);

    private static void Check(YouzanOptions options, MemberCardsOptionsFailures failures)
    {
        if (string.IsNullOrWhiteSpace(options.ClientId) && string.IsNullOrWhiteSpace(options.ClientSecret) && options.AdditionalClientSecrets.Count == 0)
        {
            failures.AddSectionMissing(
                "the Youzan app that pushes to this endpoint",
                "AddYouzan",
                failures.Setting(nameof(YouzanOptions.ClientId)),
                failures.Setting(nameof(YouzanOptions.ClientSecret)));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
            {
                failures.Add(nameof(YouzanOptions.ClientId), "is required: the client_id of the Youzan app that pushes to this endpoint.");
            }

            if (string.IsNullOrWhiteSpace(options.ClientSecret))
            {
                failures.Add(nameof(YouzanOptions.ClientSecret), "is required: the client_secret of the Youzan app, used to verify every push.");
            }
        }

        for (var i = 0; i < options.AdditionalClientSecrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.AdditionalClientSecrets[i]))
            {
                failures.Add($"{failures.Setting(nameof(YouzanOptions.AdditionalClientSecrets))}:{i} is empty; remove it or set the old client_secret.");
            }
        }

        if (options.MaxMessageBytes is < MinMessageBytes or > MaxMessageBytes)
        {
            failures.Add(nameof(YouzanOptions.MaxMessageBytes), $"must be between {MinMessageBytes} and {MaxMessageBytes} bytes; it is {options.MaxMessageBytes}.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add(nameof(YouzanOptions.DeduplicationWindow), $"must be positive (for example 7.00:00:00); it is {options.DeduplicationWindow}.");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add(nameof(YouzanOptions.ProcessingTimeout), $"must be positive (for example 00:02:00); it is {options.ProcessingTimeout}.");
        }
    }
}
