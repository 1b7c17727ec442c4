namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>
/// What the emulator answered a page's <c>wx.addCard</c> (<see cref="WeChatEmulator.AddCardFromPageAsync"/>): the JS result
/// the stand-in <c>wx</c> script hands to <c>success</c>, <c>fail</c> or the <c>wx.error</c> handlers.
/// </summary>
public sealed class WeChatEmulatorAddCardAnswer
{
    /// <summary>The HTTP status: 200 when the cards were handed out, 403 for a refused signature, 400 or 409 for a broken rule.</summary>
    public required int StatusCode { get; init; }

    /// <summary>The <c>errMsg</c>: <c>addCard:ok</c>, <c>config:invalid signature</c>, <c>addCard:fail signature error</c> ...</summary>
    public required string ErrMsg { get; init; }

    /// <summary>Why the emulator refused, or <see langword="null"/> when it handed the cards out.</summary>
    public string? Error { get; init; }

    /// <summary>Whether the cards were handed out (<c>errMsg</c> is <c>addCard:ok</c>).</summary>
    public bool Succeeded => ErrMsg == "addCard:ok";

    /// <summary>The whole answer; on success its <c>cardList</c> holds each card's <c>cardId</c>, <c>cardExt</c> and encrypted <c>code</c>.</summary>
    public required JsonObject Body { get; init; }
}
