namespace MemberCards.Sdk;

/// <summary>What <see cref="InboundCore"/> did with one message.</summary>
/// <param name="Outcome">Handled, Unhandled, Duplicate or InProgress.</param>
/// <param name="HandlerCalls">How many handler calls were made (0 unless handled).</param>
/// <param name="DeduplicationKey">The key the message was claimed under (scoped to the registration), or <see langword="null"/>.</param>
/// <param name="Unhandled">The items of the message for which no handler is registered.</param>
internal readonly record struct InboundRun(InboundOutcome Outcome, int HandlerCalls, string? DeduplicationKey, IReadOnlyList<object> Unhandled);
