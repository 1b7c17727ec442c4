using System.Globalization;
using System.Text;

namespace MemberCards.Sdk.WeChat;

/// <summary>A token with the times it should be replaced and expires; stored as text in the distributed cache.</summary>
internal sealed class CachedAccessToken(string token, DateTimeOffset refreshAt, DateTimeOffset expiresAt)
{
    private const string Version = "v1";

    public string Token { get; } = token;

    public DateTimeOffset RefreshAt { get; } = refreshAt;

    public DateTimeOffset ExpiresAt { get; } = expiresAt;

    public bool IsFresh(DateTimeOffset now) => now < RefreshAt;

    public byte[] ToBytes()
        => Encoding.UTF8.GetBytes(string.Join('|', Version, RefreshAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), ExpiresAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), Token));

    public static CachedAccessToken? FromBytes(byte[]? bytes)
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

        return new CachedAccessToken(parts[3], DateTimeOffset.FromUnixTimeMilliseconds(refresh), DateTimeOffset.FromUnixTimeMilliseconds(expires));
    }

    public override string ToString() => $"CachedAccessToken {{ Token = ***, RefreshAt = {RefreshAt:O}, ExpiresAt = {ExpiresAt:O} }}";
}
