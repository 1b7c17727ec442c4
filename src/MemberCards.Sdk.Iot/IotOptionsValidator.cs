using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Validates <see cref="IotOptions"/> at host start; each message names the setting (<c>MemberCards:Iot(name):Key</c>).</summary>
internal sealed class IotOptionsValidator : IValidateOptions<IotOptions>
{
    public ValidateOptionsResult Validate(string? name, IotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var failures = new List<string>();
        if (options.MaxMessageBytes is <= 0 or > IotOptions.MaxMessageBytesLimit)
        {
            failures.Add($"{Setting(name, nameof(IotOptions.MaxMessageBytes))} must be between 1 and {IotOptions.MaxMessageBytesLimit} bytes (it is {options.MaxMessageBytes}).");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(name, nameof(IotOptions.DeduplicationWindow))} must be positive (it is {options.DeduplicationWindow}).");
        }

        if (options.ProcessingTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(name, nameof(IotOptions.ProcessingTimeout))} must be positive (it is {options.ProcessingTimeout}).");
        }

        CheckLevels(options.AllowedTenants, Setting(name, nameof(IotOptions.AllowedTenants)), failures);
        CheckLevels(options.AllowedProjects, Setting(name, nameof(IotOptions.AllowedProjects)), failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Setting(string name, string key) => MemberCardsSettingName.Of(IotConstants.ServiceName, name, key);

    private static void CheckLevels(IList<string> levels, string setting, List<string> failures)
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
