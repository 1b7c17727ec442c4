namespace MemberCards.Sdk;

/// <summary>Checks the settings of a registration source (<see cref="MemberCardsSourceOptions"/>), named by the service.</summary>
internal sealed class MemberCardsSourceOptionsValidator : IValidateOptions<MemberCardsSourceOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MemberCardsSourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var where = $"{MemberCardsSettingName.Of(string.IsNullOrEmpty(name) ? "Source" : name, string.Empty)} registration source";
        List<string>? failures = null;
        if (options.CacheDuration < TimeSpan.Zero)
        {
            (failures ??= []).Add($"{where}: CacheDuration must not be negative.");
        }

        if (options.UnknownCacheDuration < TimeSpan.Zero)
        {
            (failures ??= []).Add($"{where}: UnknownCacheDuration must not be negative.");
        }

        if (options.MaxUnknownNames < 1)
        {
            (failures ??= []).Add($"{where}: MaxUnknownNames must be at least 1 (default {MemberCardsSourceOptions.DefaultMaxUnknownNames.ToString(CultureInfo.InvariantCulture)}).");
        }

        if (options.MaxNameLength < 1)
        {
            (failures ??= []).Add($"{where}: MaxNameLength must be at least 1 (default {MemberCardsSourceOptions.DefaultMaxNameLength.ToString(CultureInfo.InvariantCulture)}).");
        }

        return failures is null ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
