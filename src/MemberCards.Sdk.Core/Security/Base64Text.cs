namespace MemberCards.Sdk.Security;

/// <summary>Base64 text received from a service, decoded or refused as a <see cref="MemberCardsFormatException"/> naming what it was.</summary>
internal static class Base64Text
{
    /// <summary>Decodes <paramref name="text"/>.</summary>
    /// <param name="text">The Base64 text as received.</param>
    /// <param name="target">What it holds, for the message (<c>AES-GCM ciphertext</c>).</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="MemberCardsFormatException">The text is not Base64.</exception>
    public static byte[] Decode(string text, string target)
    {
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException ex)
        {
            throw new MemberCardsFormatException(null, target, null, "the value is not Base64.", ex);
        }
    }
}
