namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// A token for a WeChat Pay member component: a pre-authorisation token for the join component (lives one hour) or a
/// pay-view token for the member pay-code component (lives ten minutes, single use: fetch one before every launch).
/// </summary>
public sealed record MemberToken
{
    /// <summary><c>token</c> (at most 32 characters).</summary>
    public string? Token { get; set; }

    /// <summary><c>expire_time</c>: when the token stops working.</summary>
    public DateTimeOffset? ExpireTime { get; set; }

    /// <summary>The expiry, with the token shown only as set or not (<see cref="Redaction.Secret"/>): it lets a member component act for the member.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"MemberToken {{ Token = {Redaction.Secret(Token)}, ExpireTime = {ExpireTime} }}";
}
