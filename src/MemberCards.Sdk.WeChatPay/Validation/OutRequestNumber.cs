namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The idempotency key <c>out_request_no</c>: 1 to the documented maximum of characters of <c>[0-9A-Za-z_-]</c>. A
/// missing one is generated (32 lowercase hex digits, time-ordered); the facade stores it on the caller's request so
/// that sending the same request object again sends the same key.
/// </summary>
internal static class OutRequestNumber
{
    /// <summary>The key to send: <paramref name="given"/> when it is well formed, a new one when it is missing.</summary>
    public static string Ensure(string? given, int maxLength)
    {
        if (string.IsNullOrEmpty(given))
        {
            return Guid.CreateVersion7().ToString("N");
        }

        if (given.Length > maxLength)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "out_request_no", $"must be at most {maxLength} characters, got {given.Length}.");
        }

        foreach (var c in given)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "out_request_no", $"may hold only 0-9, A-Z, a-z, '_' and '-'; found '{c}'.");
            }
        }

        return given;
    }
}
