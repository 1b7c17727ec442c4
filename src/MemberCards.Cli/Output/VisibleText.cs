namespace MemberCards.Cli.Output;

/// <summary>Prints signing messages with their invisible bytes made visible: every LF as <c>\n</c> before the line break.</summary>
internal static class VisibleText
{
    /// <summary>Writes the message, each LF shown as <c>\n</c> at the end of its line, each CR as <c>\r</c>, tabs as <c>\t</c>.</summary>
    public static void WriteMessage(TextWriter output, ReadOnlySpan<byte> message)
    {
        var text = Encoding.UTF8.GetString(message);
        var builder = new StringBuilder(text.Length + 64);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    builder.Append("\\n").Append('\n');
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\uFEFF':
                    builder.Append("<BOM>");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            builder.Append('\n');
        }

        output.Write(builder.ToString());
    }
}
