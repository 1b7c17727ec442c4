using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Validates <see cref="IotOptions"/> at host start; each message names the setting (<c>MemberCards:Iot(name):Key</c>).</summary>
internal sealed class IotOptionsValidator : IValidateOptions<IotOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, IotOptions options) => MemberCardsOptionsFailures.Collect(IotConstants.ServiceName, name, options, Check);

    private static void Check(IotOptions options, MemberCardsOptionsFailures failures)
    {
        if (options.MaxMessageBytes is <= 0 or > IotOptions.MaxMessageBytesLimit)
        {
            failures.Add(nameof(IotOptions.MaxMessageBytes), $"must be between 1 and {IotOptions.MaxMessageBytesLimit} bytes (it is {options.MaxMessageBytes}).");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add(nameof(IotOptions.DeduplicationWindow), $"must be positive (it is {options.DeduplicationWindow}).");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add(nameof(IotOptions.ProcessingTimeout), $"must be positive (it is {options.ProcessingTimeout}).");
        }

        CheckLevels(options.AllowedTenants, failures.Setting(nameof(IotOptions.AllowedTenants)), failures);
        CheckLevels(options.AllowedProjects, failures.Setting(nameof(IotOptions.AllowedProjects)), failures);
    }

    private static void CheckLevels(IList<string> levels, string setting, MemberCardsOptionsFailures failures)
    {
        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            if (string.IsNullOrEmpty(level) || level.AsSpan().IndexOfAny("/+#\0") >= 0)
            {
                failures.Add($"{setting}:{i} must be a non-empty topic level without '/', '+', '#' (it is '{level}').");
            }
        }
    }
}
