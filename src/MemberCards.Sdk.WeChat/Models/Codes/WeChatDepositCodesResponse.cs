namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The answer of <c>card/code/deposit</c>; for a list split into several calls, the lists of every call in order.
/// Depositing a code again reports it as a duplicate, so a failed import can be retried whole.
/// </summary>
public sealed class WeChatDepositCodesResponse : WeChatResponse
{
    /// <summary>The codes imported now (<c>succ_code</c>).</summary>
    public IReadOnlyList<string>? SuccCode { get; set; }

    /// <summary>The codes that were already imported (<c>duplicate_code</c>).</summary>
    public IReadOnlyList<string>? DuplicateCode { get; set; }

    /// <summary>The codes WeChat refused (<c>fail_code</c>): retry them.</summary>
    public IReadOnlyList<string>? FailCode { get; set; }
}
