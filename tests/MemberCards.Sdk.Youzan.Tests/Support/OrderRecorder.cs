using System.Collections.Concurrent;

namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>Which handler ran, in order, with the context it got.</summary>
internal sealed class OrderRecorder
{
    public ConcurrentQueue<(string Handler, string Registration, string? MessageId, int RawBytes)> Runs { get; } = new();

    public void Record(string handler, YouzanMessageContext context) => Runs.Enqueue((handler, context.RegistrationName, context.MessageId, context.RawMessage.Length));
}
