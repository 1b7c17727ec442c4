namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>What a WeChat Pay payment the emulator simulated led to (<see cref="WeChatEmulator.PayAsync"/>).</summary>
public sealed class WeChatEmulatorPayment
{
    /// <summary>The payment's WeChat Pay transaction id (<c>TransId</c> of <c>user_pay_from_pay_cell</c>).</summary>
    public required string TransactionId { get; init; }

    /// <summary>The 支付即会员 rule that matched, or <see langword="null"/> when none did (no merchant id, period or amount range fit).</summary>
    public long? RuleId { get; init; }

    /// <summary>The member card issued to the payer, or <see langword="null"/> when none was (no rule matched, or the payer already holds the card).</summary>
    public WeChatEmulatorMember? Member { get; init; }

    /// <summary>The pushes sent: <c>user_pay_from_pay_cell</c> then <c>user_get_card</c>, both with the issued code; empty when no card was issued.</summary>
    public required IReadOnlyList<WeChatEmulatorPush> Pushes { get; init; }
}
