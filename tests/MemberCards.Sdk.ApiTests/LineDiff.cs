using System.Text;

namespace MemberCards.Sdk.ApiTests;

/// <summary>A small line diff (longest common subsequence) printed as "-" removed / "+" added lines with context.</summary>
internal static class LineDiff
{
    public static string Render(string approved, string actual, int context = 2)
    {
        var a = approved.Split('\n');
        var b = actual.Split('\n');
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var x = a[prefix..^suffix];
        var y = b[prefix..^suffix];
        var lcs = new int[x.Length + 1, y.Length + 1];
        for (var i = x.Length - 1; i >= 0; i--)
        {
            for (var j = y.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = x[i] == y[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, int Line, string Text)>();
        int p = 0, q = 0;
        while (p < x.Length || q < y.Length)
        {
            if (p < x.Length && q < y.Length && x[p] == y[q])
            {
                lines.Add((' ', prefix + p + 1, x[p]));
                p++;
                q++;
            }
            else if (p < x.Length && (q == y.Length || lcs[p + 1, q] >= lcs[p, q + 1]))
            {
                lines.Add(('-', prefix + p + 1, x[p]));
                p++;
            }
            else
            {
                lines.Add(('+', prefix + q + 1, y[q]));
                q++;
            }
        }

        var text = new StringBuilder();
        for (var i = Math.Max(0, prefix - context); i < prefix; i++)
        {
            text.Append("  ").Append(a[i]).Append('\n');
        }

        foreach (var (mark, line, content) in lines)
        {
            text.Append(mark).Append(' ').Append(content).Append(mark == ' ' ? string.Empty : $"    (line {line})").Append('\n');
        }

        for (var i = a.Length - suffix; i < Math.Min(a.Length, a.Length - suffix + context); i++)
        {
            text.Append("  ").Append(a[i]).Append('\n');
        }

        return text.ToString();
    }
}
