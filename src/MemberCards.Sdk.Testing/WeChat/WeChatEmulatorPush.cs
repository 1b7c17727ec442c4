namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>One event push the emulator sent (or prepared, without a callback URL).</summary>
public sealed class WeChatEmulatorPush
{
    /// <summary>The plain event XML.</summary>
    public required string EventXml { get; init; }

    /// <summary>The query string sent (<c>?signature=...&amp;timestamp=...</c>).</summary>
    public required string Query { get; init; }

    /// <summary>The body sent (encrypted envelope in safe mode).</summary>
    public required byte[] Body { get; init; }

    /// <summary>The HTTP status the callback answered, or <see langword="null"/> when nothing was sent.</summary>
    public int? CallbackStatus { get; init; }

    /// <summary>The callback's answer body.</summary>
    public string? CallbackResponse { get; init; }
}
