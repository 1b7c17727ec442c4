namespace MemberCards.Sdk.WeChat;

/// <summary>
/// WeChat refused a customer-service message (errcode 45015): the user has not interacted with the account within
/// <see cref="WeChatConstants.CustomerServiceWindow"/> (48 hours), or no longer follows it. Nothing was sent. Hand the card
/// out another way (a mass message, a QR code, a web page), or wait until the user writes, taps a menu, scans or pays again.
/// </summary>
public sealed class WeChatCustomerServiceWindowException : MemberCardsApiException
{
    /// <summary>The rule WeChat applied, as the exception's <see cref="MemberCardsApiException.Hint"/> states it.</summary>
    public const string Rule = "WeChat's 48-hour customer-service window: a customer-service message reaches a user only within 48 hours after that user last interacted with the account (sent a message, tapped a menu, followed, scanned, paid, entered the chat from a card) and while the user follows it. Hand the card out another way (mass message, QR code, web page) or wait for the user's next interaction.";

    /// <summary>Creates an exception.</summary>
    public WeChatCustomerServiceWindowException()
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public WeChatCustomerServiceWindowException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and a cause.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public WeChatCustomerServiceWindowException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates an exception describing WeChat's 45015 answer; its <see cref="MemberCardsApiException.Hint"/> is <see cref="Rule"/>.</summary>
    /// <param name="statusCode">The HTTP status (200).</param>
    /// <param name="errorMessage">The errmsg.</param>
    /// <param name="requestId">The rid from the errmsg.</param>
    public WeChatCustomerServiceWindowException(int statusCode, string? errorMessage, string? requestId)
        : base(WeChatConstants.ServiceName, statusCode, WeChatErrorCodes.CustomerServiceWindowClosed.ToString(CultureInfo.InvariantCulture), errorMessage, requestId)
    {
        Hint = Rule;
    }
}
