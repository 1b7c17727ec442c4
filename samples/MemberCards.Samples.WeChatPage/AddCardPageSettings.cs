namespace MemberCards.Samples.WeChatPage;

/// <summary>What the member-card page needs: the Official Account, the card it hands out and where the <c>wx</c> script comes from.</summary>
public sealed class AddCardPageSettings
{
    /// <summary>The Official Account's AppId (owner of the tickets and of the card).</summary>
    public required string AppId { get; init; }

    /// <summary>The AppSecret.</summary>
    public required string AppSecret { get; init; }

    /// <summary>The WeChat API address; <see langword="null"/> for the real one, the emulator's address in tests.</summary>
    public Uri? WeChatBaseAddress { get; init; }

    /// <summary>The member card the page hands out.</summary>
    public required string CardId { get; init; }

    /// <summary>The script that defines <c>wx</c>: WeChat's JS-SDK in production, the emulator's stand-in in tests.</summary>
    public Uri JsSdkScript { get; init; } = AddCardPage.WeChatJsSdkScript;

    /// <summary>The channel tag echoed as <c>OuterStr</c> in the <c>user_get_card</c> push.</summary>
    public string OuterStr { get; init; } = "web-page";
}
