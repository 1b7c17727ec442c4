namespace MemberCards.Cli.Output;

/// <summary>
/// <c>--show-expected</c> of the verify commands. The value a WeChat or Youzan signature should have for the given input
/// is a credential: anyone who sees it can pass that message off as genuine. Printed by default, it would make the CLI a
/// signing oracle whose output lands in CI logs and tickets, so a check prints only whether the signature matches, and
/// the expected value only when asked.
/// </summary>
internal static class ExpectedValue
{
    /// <summary>A new <c>--show-expected</c> option (one per command).</summary>
    public static Option<bool> CreateOption() => new("--show-expected")
    {
        Description = "Also print the expected signature. It is a credential: anyone who sees it can send this exact message as genuine, so keep it out of CI logs, tickets and chats.",
    };
}
