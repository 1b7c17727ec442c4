using MemberCards.Cli.Emulate;
using MemberCards.Cli.WeChat;
using MemberCards.Cli.WeChatPay;
using MemberCards.Cli.Youzan;

namespace MemberCards.Cli;

/// <summary>The <c>membercards</c> command tree. Secrets come from files or environment variables only, and are never printed.</summary>
internal static class MemberCardsRootCommand
{
    public static RootCommand Create(TimeProvider timeProvider)
        => new("membercards: signature checks for WeChat Pay, WeChat and Youzan, and the emulators as a standalone server. Secrets are read from files or environment variables, never from the command line.")
        {
            WeChatPayCommand.Create(timeProvider),
            YouzanCommand.Create(),
            WeChatCommand.Create(),
            EmulateCommand.Create(),
        };
}
