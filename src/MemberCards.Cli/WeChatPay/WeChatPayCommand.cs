namespace MemberCards.Cli.WeChatPay;

/// <summary><c>membercards wechatpay</c>: the APIv3 checks.</summary>
internal static class WeChatPayCommand
{
    public static Command Create(TimeProvider timeProvider)
        => new("wechatpay", "WeChat Pay APIv3: sign a request, verify a response or notification, decrypt a resource, check a key pair.")
        {
            WeChatPaySignCommand.Create(timeProvider),
            WeChatPayVerifyCommand.Create(timeProvider),
            WeChatPayDecryptCommand.Create(),
            WeChatPayCheckKeyCommand.Create(timeProvider),
        };
}
