namespace MemberCards.Sdk;

/// <summary>
/// A request that knows its own documented rules, for every service with outgoing calls. The public request types
/// implement it explicitly, so each type's rules are declared once, next to its fields, and a client checks every
/// request the same way (in its one send helper) before anything is sent.
/// </summary>
internal interface IValidatedRequest
{
    /// <summary>
    /// Checks the request, each failure a <see cref="MemberCardsValidationException"/> naming the wire field, and fills
    /// in what the SDK completes (for example a missing WeChat Pay <c>out_request_no</c>, generated and stored on the request).
    /// </summary>
    /// <exception cref="MemberCardsValidationException">A field is missing or out of its limits.</exception>
    void Validate();
}
