namespace MemberCards.Sdk.WeChat;

/// <summary>A credential (an access_token or a ticket) with the times it should be replaced and expires; stored as text in the distributed cache.</summary>
internal sealed class CachedCredential(string value, DateTimeOffset refreshAt, DateTimeOffset expiresAt)
{
    private const string Version = "v1";

    public string Value { get; } = value;

    public DateTimeOffset RefreshAt { get; } = refreshAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool IsFresh(DateTimeOffset now) => now < RefreshAt;

    /// <summary>A credential the server just issued for <paramref name="lifetime"/>: replaced <paramref name="refreshBeforeExpiry"/> before it expires, at most half its lifetime early.</summary>
    public static CachedCredential Issued(string value, DateTimeOffset now, TimeSpan lifetime, TimeSpan refreshBeforeExpiry)
    {
        var margin = refreshBeforeExpiry < lifetime / 2 ? refreshBeforeExpiry : lifetime / 2;
        return new CachedCredential(value, now + lifetime - margin, now + lifetime);
    }

    public byte[] ToBytes()
        => Encoding.UTF8.GetBytes(string.Join('|', Version, RefreshAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Value));

    public static CachedCredential? FromBytes(byte[]? bytes)
    {
        if (bytes is null)
        {
            return null;
        }

        var parts = Encoding.UTF8.GetString(bytes).Split('|', 4);
        if (parts.Length != 4 || parts[0] != Version
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var refresh)
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var expires)
            || parts[3].Length == 0)
        {
            return null;
        }

        return new CachedCredential(parts[3], DateTimeOffset.FromUnixTimeMilliseconds(refresh), DateTimeOffset.FromUnixTimeMilliseconds(expires));
    }

    public override string ToString() => $"CachedCredential {{ Value = ***, RefreshAt = {RefreshAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
