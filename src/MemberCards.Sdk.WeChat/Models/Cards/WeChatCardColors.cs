namespace MemberCards.Sdk.WeChat;

/// <summary>The card colour palette (<c>color</c>; <c>card/getcolors</c> lists the same 14 names).</summary>
public static class WeChatCardColors
{
    /// <summary>Every colour name the platform accepts.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Color010, Color020, Color030, Color040, Color050, Color060, Color070,
        Color080, Color081, Color082, Color090, Color100, Color101, Color102,
    };

    /// <summary><c>Color010</c> (green, #63b359).</summary>
    public const string Color010 = "Color010";

    /// <summary><c>Color020</c> (#2c9f67).</summary>
    public const string Color020 = "Color020";

    /// <summary><c>Color030</c> (#509fc9).</summary>
    public const string Color030 = "Color030";

    /// <summary><c>Color040</c> (#5885cf).</summary>
    public const string Color040 = "Color040";

    /// <summary><c>Color050</c> (#9062c0).</summary>
    public const string Color050 = "Color050";

    /// <summary><c>Color060</c> (#d09a45).</summary>
    public const string Color060 = "Color060";

    /// <summary><c>Color070</c> (#e4b138).</summary>
    public const string Color070 = "Color070";

    /// <summary><c>Color080</c> (#ee903c).</summary>
    public const string Color080 = "Color080";

    /// <summary><c>Color081</c>.</summary>
    public const string Color081 = "Color081";

    /// <summary><c>Color082</c>.</summary>
    public const string Color082 = "Color082";

    /// <summary><c>Color090</c> (#dd6549).</summary>
    public const string Color090 = "Color090";

    /// <summary><c>Color100</c> (#cc463d).</summary>
    public const string Color100 = "Color100";

    /// <summary><c>Color101</c>.</summary>
    public const string Color101 = "Color101";

    /// <summary><c>Color102</c>.</summary>
    public const string Color102 = "Color102";
}
