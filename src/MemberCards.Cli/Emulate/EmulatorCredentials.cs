namespace MemberCards.Cli.Emulate;

/// <summary>The Official Account the WeChat emulator accepts. Emulator-only values, safe to print.</summary>
internal sealed record EmulatorCredentials(string WeChatAppId, string WeChatAppSecret)
{
    public static EmulatorCredentials Default { get; } = new("wxmembercards0001", "membercards-emulator-appsecret");
}
