namespace MemberCards.Samples.Quickstart;

/// <summary>What the story produced, for tests and for a host that wants to continue from it.</summary>
public sealed class QuickstartResult
{
    public required string CardId { get; init; }

    public string? UserCardCode { get; init; }

    public required string MembershipNumber { get; init; }

    public string? WeChatPayLevel { get; init; }

    public string? YouzanCardNo { get; init; }

    public string? ErpCardNo { get; init; }

    public long? IotCustomerId { get; init; }
}
