namespace MemberCards.Cli.Emulate;

/// <summary>What <c>membercards emulate</c> was asked for.</summary>
internal sealed record EmulateSettings(
    int Port,
    DirectoryInfo? Out,
    Uri? WeChatCallback,
    Uri? WeChatPayCallback,
    Uri? YouzanCallback,
    IReadOnlyList<string> SeedUserCards,
    bool LogRequests);
