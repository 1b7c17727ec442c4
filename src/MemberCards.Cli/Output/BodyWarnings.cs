namespace MemberCards.Cli.Output;

/// <summary>Points out body bytes that are easy to add by accident and change every signature.</summary>
internal static class BodyWarnings
{
    public static void Write(TextWriter output, ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            output.WriteLine("note: the body starts with a UTF-8 byte-order mark; it is signed as part of the body. WeChat Pay bodies never carry one.");
        }

        if (body.Length > 0 && body[^1] == (byte)'\n')
        {
            output.WriteLine("note: the body ends with a line break (often added by an editor); it is signed as part of the body.");
        }
    }
}
