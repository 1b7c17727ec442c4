namespace MemberCards.Sdk;

/// <summary>
/// The failures an options validator finds in one registration's options, each naming its setting as
/// <c>MemberCards:Service(name):Key</c> (<see cref="MemberCardsSettingName"/>). Every service's validator has the same
/// shape, written once in <see cref="Collect{TOptions}"/>: it writes only its checks.
/// </summary>
/// <param name="service">The service's configuration key.</param>
/// <param name="name">The registration name (empty for the default one).</param>
internal sealed class MemberCardsOptionsFailures(string service, string name)
{
    private readonly List<string> failures = [];

    /// <summary>
    /// Validates one registration's options: they are required, a <see langword="null"/> name is the default
    /// registration, and every failure <paramref name="check"/> finds is reported (not only the first).
    /// </summary>
    /// <typeparam name="TOptions">The options type.</typeparam>
    /// <param name="service">The service's configuration key (<c>Erp</c>, <c>Youzan</c> ...).</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default one.</param>
    /// <param name="options">The options.</param>
    /// <param name="check">The service's checks.</param>
    /// <returns>Success, or every failure found.</returns>
    public static ValidateOptionsResult Collect<TOptions>(string service, string? name, TOptions options, Action<TOptions, MemberCardsOptionsFailures> check)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new MemberCardsOptionsFailures(service, name ?? string.Empty);
        check(options, failures);
        return failures.Result();
    }

    /// <summary>The registration name (empty for the default one).</summary>
    public string Name => name;

    /// <summary>The full name of a setting of the registration: <c>MemberCards:Erp(north):BaseAddress</c>.</summary>
    /// <param name="key">The setting's key.</param>
    /// <returns>The name.</returns>
    public string Setting(string key) => MemberCardsSettingName.Of(service, name, key);

    /// <summary>Adds a failure, already worded.</summary>
    /// <param name="message">The message, naming its setting.</param>
    public void Add(string message) => failures.Add(message);

    /// <summary>Adds a failure of a setting: its full name, then <paramref name="message"/> (<c>is required.</c>).</summary>
    /// <param name="key">The setting's key.</param>
    /// <param name="message">What is wrong with it.</param>
    public void Add(string key, string message) => failures.Add($"{Setting(key)} {message}");

    /// <summary>Adds the failure of a registration that has none of its settings (<see cref="MemberCardsSectionMissing"/>).</summary>
    /// <param name="purpose">What the settings stand for, such as <c>the Youzan app that pushes to this endpoint</c>.</param>
    /// <param name="addMethod">The builder method that adds the registration, such as <c>AddYouzan</c>.</param>
    /// <param name="settings">The required settings, named in full.</param>
    public void AddSectionMissing(string purpose, string addMethod, params string[] settings)
        => failures.Add(MemberCardsSectionMissing.Message(MemberCardsSettingName.Of(service, name), purpose, MemberCardsSectionMissing.ConfigureOrBind(addMethod, name), settings));

    private ValidateOptionsResult Result() => failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
}
