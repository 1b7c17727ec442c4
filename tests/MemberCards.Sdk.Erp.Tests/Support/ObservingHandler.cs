namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>A host-added handler that notes what it saw come back from the inner pipeline: a status or an exception.</summary>
internal sealed class ObservingHandler : DelegatingHandler
{
    public List<string> Seen { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Seen.Add("HTTP " + (int)response.StatusCode);
            return response;
        }
        catch (Exception ex)
        {
            Seen.Add(ex.GetType().Name);
            throw;
        }
    }
}
