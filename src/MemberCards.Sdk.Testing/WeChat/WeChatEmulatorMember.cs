namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>One picked-up card held by the emulator.</summary>
public sealed class WeChatEmulatorMember
{
    /// <summary>The AppId.</summary>
    public required string AppId { get; init; }

    /// <summary>The card id.</summary>
    public required string CardId { get; init; }

    /// <summary>The user card code.</summary>
    public required string Code { get; init; }

    /// <summary>The holder.</summary>
    public required string OpenId { get; init; }

    /// <summary>The channel tag of the QR code it came from.</summary>
    public string? OuterStr { get; init; }

    /// <summary>Whether membercard/activate was called.</summary>
    public bool Activated { get; set; }

    /// <summary>The member number set at activation.</summary>
    public string? MembershipNumber { get; set; }

    /// <summary>Points.</summary>
    public long Bonus { get; set; }

    /// <summary>Balance in fen.</summary>
    public long Balance { get; set; }

    /// <summary><c>NORMAL</c>, <c>UNAVAILABLE</c> ...</summary>
    public string Status { get; set; } = "NORMAL";

    /// <summary>Custom field values 1..3.</summary>
    public string?[] CustomFieldValues { get; } = new string?[3];
}
