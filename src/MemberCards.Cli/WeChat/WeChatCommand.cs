namespace MemberCards.Cli.WeChat;

/// <summary><c>membercards wechat</c>: Official Account server checks.</summary>
internal static class WeChatCommand
{
    public static Command Create()
        => new("wechat", "WeChat Official Account server messages.") { WeChatVerifyCommand.Create() };
}
