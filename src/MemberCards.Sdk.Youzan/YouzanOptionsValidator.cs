using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan;

/// <summary>Checks <see cref="YouzanOptions"/> at host start; every message names the setting to fix.</summary>
internal sealed class YouzanOptionsValidator : IValidateOptions<YouzanOptions>
{
    public ValidateOptionsResult Validate(string? name, YouzanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = string.IsNullOrEmpty(name) ? "MemberCards:Youzan" : $"MemberCards:Youzan ({name})";
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            failures.Add($"{section}:ClientId is required: the client_id of the Youzan app that pushes to this endpoint.");
        }

        if (string.IsNullOrWhiteSpace(options.ClientSecret))
        {
            failures.Add($"{section}:ClientSecret is required: the client_secret of the Youzan app, used to verify every push.");
        }

        for (var i = 0; i < options.AdditionalClientSecrets.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.AdditionalClientSecrets[i]))
            {
                failures.Add($"{section}:AdditionalClientSecrets:{i} is empty; remove it or set the old client_secret.");
            }
        }

        if (options.MaxBodyBytes is < 1024 or > 64 * 1024 * 1024)
        {
            failures.Add($"{section}:MaxBodyBytes must be between 1024 and 67108864 bytes; it is {options.MaxBodyBytes}.");
        }

        if (options.DeduplicationWindow <= TimeSpan.Zero)
        {
            failures.Add($"{section}:DeduplicationWindow must be positive (for example 7.00:00:00); it is {options.DeduplicationWindow}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
