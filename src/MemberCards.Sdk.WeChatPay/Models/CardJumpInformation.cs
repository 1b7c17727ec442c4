namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Where a tap on part of a card template leads (<c>code_jump_information</c>, <c>member_information</c>,
/// <c>points_information</c>, <c>balance_information</c>): a mini program and a page in it.
/// </summary>
public sealed record CardJumpInformation
{
    /// <summary><c>jump_appid</c>: the mini program's AppID (at most 32 characters); required.</summary>
    [JsonPropertyName("jump_appid")]
    public required string JumpAppId { get; set; }

    /// <summary><c>jump_path</c>: the page in it (at most 128 characters); required.</summary>
    public required string JumpPath { get; set; }

    /// <summary>Checks the documented lengths, naming fields under <paramref name="field"/>.</summary>
    internal void Validate(string field)
    {
        FieldRules.Required(JumpAppId, field + ".jump_appid", 32);
        FieldRules.Required(JumpPath, field + ".jump_path", 128);
    }
}
