namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>A host-added handler that keeps the raw bytes of the last answer, to assert on the wire.</summary>
internal sealed class AnswerRecordingHandler : DelegatingHandler
{
    public byte[] LastAnswer { get; private set; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        LastAnswer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return response;
    }
}
