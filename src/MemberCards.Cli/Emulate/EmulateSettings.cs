namespace MemberCards.Cli.Emulate;

/// <summary>What <c>membercards emulate</c> was asked for; <c>PortGiven</c> tells an explicit <c>--port</c> from the default.</summary>
internal sealed record EmulateSettings(
    int Port,
    bool PortGiven,
    DirectoryInfo? Out,
    Uri? WeChatCallback,
    Uri? WeChatPayCallback,
    Uri? YouzanCallback,
    IReadOnlyList<string> SeedUserCards,
    bool LogRequests,
    bool WeChatPayBrand = false);
