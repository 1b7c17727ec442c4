namespace MemberCards.Sdk;

/// <summary>
/// The one format of the names the SDK gives its <see cref="HttpClient"/>s in <see cref="IHttpClientFactory"/> (and
/// their retry options): <c>MemberCards.{service}:{registration}</c>, or <c>MemberCards.{service}.{purpose}:{registration}</c>
/// when a registration has more than one client (WeChat's card API and token clients).
/// </summary>
internal static class MemberCardsClientName
{
    private const string Prefix = "MemberCards.";

    /// <summary>The client name of a registration.</summary>
    /// <param name="service">The service name.</param>
    /// <param name="registration">The registration name (empty for the default one).</param>
    /// <param name="purpose">The client's purpose when the registration has several, else <see langword="null"/>.</param>
    /// <returns>The name.</returns>
    public static string Of(string service, string registration, string? purpose = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(registration);
        return purpose is null ? Prefix + service + ":" + registration : Prefix + service + "." + purpose + ":" + registration;
    }
}
