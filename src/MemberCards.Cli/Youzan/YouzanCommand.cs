namespace MemberCards.Cli.Youzan;

/// <summary><c>membercards youzan</c>: push-message checks.</summary>
internal static class YouzanCommand
{
    public static Command Create()
        => new("youzan", "Youzan push messages.") { YouzanVerifyCommand.Create() };
}
