namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>One message carrying a card that the emulator accepted: a customer-service message, a mass message or a preview.</summary>
public sealed class WeChatEmulatorMessage
{
    /// <summary>The path it was sent to: <c>/cgi-bin/message/custom/send</c>, <c>/cgi-bin/message/mass/sendall</c>, <c>/cgi-bin/message/mass/send</c> or <c>/cgi-bin/message/mass/preview</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The Official Account that sent it.</summary>
    public required string AppId { get; init; }

    /// <summary>
    /// Who it went to: the openid (or WeChat id of a preview), the openid list, <c>tag:{id}</c> for a mass message by tag
    /// or <c>all</c> for every follower.
    /// </summary>
    public required IReadOnlyList<string> Recipients { get; init; }

    /// <summary>The card it carried (<c>wxcard.card_id</c>).</summary>
    public required string CardId { get; init; }

    /// <summary>The <c>msg_id</c> the emulator answered, or <see langword="null"/> for a customer-service message.</summary>
    public long? MsgId { get; init; }

    /// <summary>The body as received.</summary>
    public required string Body { get; init; }
}
