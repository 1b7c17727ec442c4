namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A sensitive field could not be revealed (<see cref="SensitiveText.Reveal"/>): it does not decrypt with the merchant
/// key it was received under, or the SDK holds no key for it. Names the field and the key, never the value.
/// </summary>
public sealed class WeChatPaySensitiveFieldException : MemberCardsFormatException
{
    /// <summary>Creates an exception.</summary>
    /// <param name="field">The JSON path of the field (<c>phone_number</c>, <c>user_information.common_field_list[0].value</c> ...).</param>
    /// <param name="keySerialNumber">The serial of the certificate whose private key was used, or <see langword="null"/> when none was.</param>
    /// <param name="reason">Why it failed.</param>
    /// <param name="innerException">The cause, if any.</param>
    public WeChatPaySensitiveFieldException(string field, string? keySerialNumber, string reason, Exception? innerException = null)
        : base(WeChatPayConstants.ServiceName, "sensitive field", field, reason, innerException)
    {
        Field = field;
        KeySerialNumber = keySerialNumber;
    }

    /// <summary>The JSON path of the field that could not be revealed.</summary>
    public string Field { get; }

    /// <summary>The serial of the merchant API certificate whose private key was tried, or <see langword="null"/>.</summary>
    public string? KeySerialNumber { get; }
}
