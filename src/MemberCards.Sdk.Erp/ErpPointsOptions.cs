namespace MemberCards.Sdk.Erp;

/// <summary>
/// Settings for one merchant ERP that receives member points changes (configuration section <c>MemberCards:Erp</c>).
/// Authentication is not a setting: every ERP does it differently, so hosts add their own
/// <see cref="System.Net.Http.DelegatingHandler"/> with <c>AddErpPoints(name).ConfigureHttpClient(...)</c>. Both
/// settings reload: a client created after a change (each <c>Create</c> or resolution) uses the new values.
/// </summary>
public sealed class ErpPointsOptions
{
    /// <summary>The timeout used when none is configured: 15 seconds.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <summary>The longest timeout accepted: 5 minutes.</summary>
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The ERP's base address (config key <c>BaseAddress</c>), such as <c>https://erp.example.com/api/</c>; the client
    /// posts to <c>{BaseAddress}/user/memberPoints</c>. Absolute http or https, without user info, query or fragment.
    /// </summary>
    public Uri? BaseAddress { get; set; }

    /// <summary>
    /// How long one call may take, from sending the request to reading the whole answer (config key <c>Timeout</c>,
    /// for example <c>00:00:15</c>). When it runs out the call fails with <see cref="MemberCardsOutcomeUnknownException"/>.
    /// Greater than zero and at most <see cref="MaxTimeout"/>; <see cref="DefaultTimeout"/> by default.
    /// </summary>
    public TimeSpan Timeout { get; set; } = DefaultTimeout;

    /// <summary>
    /// The name of the <see cref="System.Net.Http.HttpClient"/> the client of ERP <paramref name="name"/> uses
    /// (<c>AddErpPoints(name).ConfigureHttpClient(...)</c> configures it), for <see cref="System.Net.Http.IHttpClientFactory"/>
    /// and log filters.
    /// </summary>
    /// <param name="name">The ERP's options name (<see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default ERP).</param>
    /// <returns>The HttpClient name: <c>MemberCards.Erp:{name}</c> (<c>MemberCards.Erp:</c> for the default ERP), the format of every SDK client.</returns>
    public static string HttpClientName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return MemberCardsClientName.Of(ErpConstants.ServiceName, name);
    }


    /// <inheritdoc />
    public override string ToString() => $"ErpPointsOptions {{ BaseAddress = {BaseAddress?.ToString() ?? "(none)"}, Timeout = {Timeout} }}";
}
