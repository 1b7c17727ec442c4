using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Iot;

/// <summary>Validates <see cref="IotOptions"/> at host start; each message names the setting.</summary>
public sealed class IotOptionsValidator : IValidateOptions<IotOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, IotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var prefix = string.IsNullOrEmpty(name) ? "MemberCards:Iot" : $"MemberCards:Iot ({name})";
        if (options.MaxMessageBytes is <= 0 or > IotOptions.MaxMessageBytesLimit)
        {
            failures.Add($"{prefix}:MaxMessageBytes must be between 1 and {IotOptions.MaxMessageBytesLimit} (it is {options.MaxMessageBytes}).");
        }

        if (options.DeduplicationRetention <= TimeSpan.Zero)
        {
            failures.Add($"{prefix}:DeduplicationRetention must be positive (it is {options.DeduplicationRetention}).");
        }

        CheckLevels(options.AllowedTenants, $"{prefix}:AllowedTenants", failures);
        CheckLevels(options.AllowedProjects, $"{prefix}:AllowedProjects", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

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
