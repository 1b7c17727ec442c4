namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Turns <c>msg</c> into JSON bytes: form URL decoding (<c>+</c> is a space, <c>%XX</c> a byte, any other
/// <c>%</c> kept as is, as <c>WebUtility.UrlDecode</c> does) for a string, the raw text for an object.
/// </summary>
internal static class YouzanMessageDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes into a pooled buffer; return it with <see cref="ArrayPool{T}.Shared"/>.</summary>
    public static byte[] DecodeToPooled(YouzanPush push, out int length)
    {
        var raw = push.RawMessage
            ?? throw new MemberCardsFormatException(YouzanConstants.ServiceName, "Youzan msg", "msg", $"the {push.Type ?? "untyped"} push has no msg.");
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(raw.Length));
        length = Encoding.UTF8.GetBytes(raw, buffer);
        if (!push.MessageIsObject)
        {
            length = FormDecodeInPlace(buffer.AsSpan(0, length));
        }

        return buffer;
    }

    public static string DecodeToString(YouzanPush push)
    {
        var buffer = DecodeToPooled(push, out var length);
        try
        {
            return StrictUtf8.GetString(buffer, 0, length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new MemberCardsFormatException(YouzanConstants.ServiceName, "Youzan msg", "msg", "the decoded message is not UTF-8 text.", ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Form-decodes in place (the output is never longer than the input) and returns the new length.</summary>
    public static int FormDecodeInPlace(Span<byte> text)
    {
        var write = 0;
        for (var read = 0; read < text.Length; read++)
        {
            var b = text[read];
            if (b == (byte)'+')
            {
                b = (byte)' ';
            }
            else if (b == (byte)'%' && read + 2 < text.Length && HexValue(text[read + 1]) is var high and >= 0 && HexValue(text[read + 2]) is var low and >= 0)
            {
                b = (byte)((high << 4) | low);
                read += 2;
            }

            text[write++] = b;
        }

        return write;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
