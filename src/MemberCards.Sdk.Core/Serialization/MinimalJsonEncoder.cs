using System.Buffers;
using System.Text.Encodings.Web;

namespace MemberCards.Sdk.Serialization;

/// <summary>
/// Escapes only what JSON requires (<c>"</c>, <c>\</c>, control characters and unpaired surrogates) and writes
/// everything else as UTF-8, including characters outside the Basic Multilingual Plane (CJK Extension B names such
/// as 𠮷, emoji) that <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> would still write as <c>\uD842\uDFB7</c>,
/// which WeChat rejects with errcode 40033.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    private static readonly SearchValues<byte> Utf8Stops = SearchValues.Create(BuildUtf8Stops());

    private MinimalJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c < 0x20 || c == '"' || c == '\\')
            {
                return i;
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }
        }

        return -1;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var offset = 0;
        while (true)
        {
            var stop = utf8Text[offset..].IndexOfAny(Utf8Stops);
            if (stop < 0)
            {
                return -1;
            }

            offset += stop;
            if (utf8Text[offset] < 0x80)
            {
                return offset;
            }

            if (Rune.DecodeFromUtf8(utf8Text[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        ReadOnlySpan<char> escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => default,
        };
        if (!escape.IsEmpty)
        {
            return TryCopy(escape, destination, out numberOfCharactersWritten);
        }

        if (WillEncode(unicodeScalar))
        {
            Span<char> hex = stackalloc char[6];
            "\\u".CopyTo(hex);
            unicodeScalar.TryFormat(hex[2..], out _, "X4", System.Globalization.CultureInfo.InvariantCulture);
            return TryCopy(hex, destination, out numberOfCharactersWritten);
        }

        if (!Rune.TryCreate(unicodeScalar, out var rune))
        {
            rune = Rune.ReplacementChar;
        }

        return rune.TryEncodeToUtf16(destination, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar < 0x20 || unicodeScalar == '"' || unicodeScalar == '\\';

    private static bool TryCopy(ReadOnlySpan<char> source, Span<char> destination, out int written)
    {
        if (source.TryCopyTo(destination))
        {
            written = source.Length;
            return true;
        }

        written = 0;
        return false;
    }

    private static byte[] BuildUtf8Stops()
    {
        var stops = new List<byte>();
        for (var b = 0; b < 0x20; b++)
        {
            stops.Add((byte)b);
        }

        stops.Add((byte)'"');
        stops.Add((byte)'\\');
        for (var b = 0x80; b <= 0xFF; b++)
        {
            stops.Add((byte)b);
        }

        return [.. stops];
    }
}
