namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A request that knows its own documented rules. The public request types implement it explicitly, so each type's
/// rules are declared once, next to its fields, and the facade checks every request the same way before anything is
/// sent.
/// </summary>
internal interface IValidatedRequest
{
    /// <summary>
    /// Checks the request, each failure a <see cref="MemberCardsValidationException"/> naming the wire field, and fills
    /// in what the SDK completes (a missing <c>out_request_no</c> is generated and stored on the request).
    /// </summary>
    void Validate();
}
