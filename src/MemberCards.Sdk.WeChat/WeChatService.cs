namespace MemberCards.Sdk.WeChat;

/// <summary>The service name used in exceptions and telemetry.</summary>
internal static class WeChatService
{
    public const string Name = "WeChat";
}
