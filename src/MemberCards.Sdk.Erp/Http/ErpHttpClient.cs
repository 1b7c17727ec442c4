namespace MemberCards.Sdk.Erp;

/// <summary>
/// An ERP's HTTP client on Core's one outgoing pipeline (<see cref="MemberCardsOutgoing"/>): no retries (the points
/// change is not idempotent), one time limit, <see cref="ErpPointsOptions.Timeout"/>, on the host's
/// <see cref="TimeProvider"/>; the host's authentication handlers run before the shared last step. A member record is
/// small, so an answer over <see cref="ErpConstants.MaxAnswerBytes"/> is refused rather than buffered.
/// </summary>
internal static class ErpHttpClient
{
    /// <summary>The client of ERP <paramref name="name"/>.</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The client.</returns>
    public static OutgoingClient<ErpPointsOptions> Of(string name) => new()
    {
        Service = ErpConstants.ServiceName,
        Registration = name,
        ErrorMapper = ErpErrorMapper.Instance,
        Policy = static options => new OutgoingPolicy(0, TimeSpan.Zero, options.Timeout, Timeout.InfiniteTimeSpan),
        Configure = static (http, options) =>
        {
            // The path keeps no trailing slash, so Refit's relative paths (/user/memberPoints) append to it
            // (https://erp.example.com/api + /user/memberPoints).
            if (options.BaseAddress is { } address)
            {
                var text = address.AbsoluteUri;
                http.BaseAddress = new Uri(text.EndsWith('/') ? text[..^1] : text);
            }

            http.MaxResponseContentBufferSize = ErpConstants.MaxAnswerBytes;
        },
    };
}
