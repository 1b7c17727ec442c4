namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// WeChat Pay's <c>card_color</c> format, on templates and user cards alike: <c>#RRGGBB</c>, a <c>'#'</c> and six hex
/// digits. The SDK's validation and the emulator both ask here.
/// </summary>
internal static class RgbColor
{
    /// <summary>Whether <paramref name="color"/> is <c>#RRGGBB</c>.</summary>
    public static bool IsValid(string color)
        => color.Length == 7 && color[0] == '#' && !color.AsSpan(1).ContainsAnyExcept("0123456789ABCDEFabcdef");

    /// <summary>Refuses a <c>card_color</c> that is set and not <c>#RRGGBB</c>.</summary>
    /// <exception cref="MemberCardsValidationException">The colour is not <c>#RRGGBB</c>.</exception>
    public static void Check(string? color)
    {
        if (color is not null && !IsValid(color))
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "card_color", $"must be #RRGGBB (a '#' and six hex digits), got '{color}'.");
        }
    }
}
