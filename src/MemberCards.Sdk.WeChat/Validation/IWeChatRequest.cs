namespace MemberCards.Sdk.WeChat;

/// <summary>
/// A request body of the card API that knows its documented limits. Implemented explicitly by every public request
/// type, so the client checks a request the same way for every endpoint before it is sent.
/// </summary>
internal interface IWeChatRequest
{
    /// <summary>Checks the request against WeChat's documented limits.</summary>
    /// <exception cref="MemberCardsValidationException">A field is missing or out of its limits.</exception>
    void Validate();
}
