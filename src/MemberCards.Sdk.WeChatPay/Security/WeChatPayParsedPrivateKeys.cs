using System.Collections.Concurrent;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Hands the merchant private key the options validator parsed to the merchant built right after, so a first use
/// (or a reload that rotates the key) parses the key once, not twice: parsing an RSA private key costs milliseconds,
/// signing with it far less (issue 23). One key waits per registration name, until taken or replaced.
/// </summary>
internal sealed class WeChatPayParsedPrivateKeys
{
    private readonly ConcurrentDictionary<string, Parsed> waiting = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="pem"/> for <paramref name="registration"/> and keeps the key for <see cref="Take"/>.</summary>
    /// <exception cref="MemberCardsFormatException">The text holds no RSA private key.</exception>
    public void Parse(string registration, string pem)
    {
        var key = PemKeys.LoadRsaPrivateKey(pem);
        var parsed = new Parsed(pem, key);
        waiting.AddOrUpdate(registration, parsed, (_, before) =>
        {
            before.Key.Dispose();
            return parsed;
        });
    }

    /// <summary>
    /// The key parsed from <paramref name="pem"/> for <paramref name="registration"/>, now owned by the caller; parsed
    /// here when none waits or the one waiting is of other text.
    /// </summary>
    /// <exception cref="MemberCardsFormatException">The text holds no RSA private key.</exception>
    public RSA Take(string registration, string pem)
    {
        if (waiting.TryGetValue(registration, out var parsed)
            && string.Equals(parsed.Pem, pem, StringComparison.Ordinal)
            && waiting.TryRemove(new KeyValuePair<string, Parsed>(registration, parsed)))
        {
            return parsed.Key;
        }

        return PemKeys.LoadRsaPrivateKey(pem);
    }

    /// <summary>
    /// Drops and disposes the key parked for <paramref name="registration"/>, if one is waiting: a merchant removed
    /// (offboarded through its source) before it took its key leaves neither the key nor its PEM text behind.
    /// </summary>
    /// <param name="registration">The registration name.</param>
    public void Drop(string registration)
    {
        if (waiting.TryRemove(registration, out var parsed))
        {
            parsed.Key.Dispose();
        }
    }

    /// <summary>The key waiting for <paramref name="registration"/>, if any (for tests: it stays waiting).</summary>
    public RSA? Waiting(string registration) => waiting.TryGetValue(registration, out var parsed) ? parsed.Key : null;

    /// <summary>A key parsed from <see cref="Pem"/>; <c>ToString()</c> shows neither the PEM text nor the key.</summary>
    internal sealed record Parsed(string Pem, RSA Key)
    {
        public override string ToString() => $"Parsed {{ Pem = {Redaction.Secret(Pem)}, Key = RSA }}";
    }
}
