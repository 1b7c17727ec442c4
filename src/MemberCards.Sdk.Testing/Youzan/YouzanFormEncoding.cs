namespace MemberCards.Sdk.Testing.Youzan;

/// <summary>
/// URL form encoding the way Youzan's samples show it (Java <c>URLEncoder</c>): letters, digits and
/// <c>.-*_</c> kept, space as <c>+</c>, every other UTF-8 byte as upper-case <c>%XX</c>.
/// </summary>
public static class YouzanFormEncoding
{
    /// <summary>Encodes text.</summary>
    /// <param name="text">The text (the message JSON).</param>
    /// <returns>The encoded text.</returns>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string hex = "0123456789ABCDEF";
        var builder = new StringBuilder(text.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'-' or (byte)'*' or (byte)'_')
            {
                builder.Append((char)b);
            }
            else if (b == (byte)' ')
            {
                builder.Append('+');
            }
            else
            {
                builder.Append('%').Append(hex[b >> 4]).Append(hex[b & 0xF]);
            }
        }

        return builder.ToString();
    }
}
