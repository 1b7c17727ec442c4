using System.Text.RegularExpressions;

namespace MemberCards.Sdk.WeChat;

/// <summary>Extracts the <c>rid</c> WeChat appends to errmsg (<c>... rid: 6571f5d1-1e1e3a2d-0a0b9fa4</c>).</summary>
internal static partial class WeChatRid
{
    public static string? Of(string? errorMessage)
    {
        if (string.IsNullOrEmpty(errorMessage))
        {
            return null;
        }

        var match = RidPattern().Match(errorMessage);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"rid:\s*([0-9A-Za-z\-]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RidPattern();
}
