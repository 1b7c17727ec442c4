using System.Buffers.Text;
using System.Globalization;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Reads the envelope of a Youzan push from the body bytes exactly as received. It only tokenises the
/// envelope: <c>msg</c> is kept as received (see <see cref="YouzanPush.RawMessage"/>) and decoded later,
/// after the signature has been checked.
/// </summary>
public static class YouzanPushParser
{
    private const string Service = YouzanConstants.ServiceName;
    private const string Target = "Youzan push";
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 64 };
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The envelope fields: how each spelling is read and where it goes (msg, kept as received, is read apart). A name
    // that is not listed is skipped; an error names the field as the table does.
    private static readonly YouzanPushField[] FieldTable =
    [
        new("type"u8, "type", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Type = ReadText(ref reader, name)),
        new("status"u8, "status", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Status = ReadText(ref reader, name)),
        new("id"u8, "id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Id = ReadText(ref reader, name)),
        new("kdt_id"u8, "kdt_id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.KdtId = ReadInt64(ref reader, name)),
        new("kdt_name"u8, "kdt_name", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.KdtName = ReadText(ref reader, name)),
        new("root_kdt_id"u8, "root_kdt_id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.RootKdtId = ReadInt64(ref reader, name)),
        new("client_id"u8, "client_id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.ClientId = ReadText(ref reader, name)),
        new("app_id"u8, "app_id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.AppId = ReadText(ref reader, name)),
        new("mode"u8, "mode", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Mode = ReadInt32(ref reader, name)),
        new("test"u8, "test", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Test = ReadBoolean(ref reader, name)),
        new("sendCount"u8, "sendCount", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.SendCount = ReadInt32(ref reader, name)),
        new("send_count"u8, "sendCount", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.SendCount = ReadInt32(ref reader, name)),
        new("version"u8, "version", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Version = ReadInt64(ref reader, name)),
        new("msg_id"u8, "msg_id", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.MessageId = ReadText(ref reader, name)),
        new("sign"u8, "sign", static (ref Utf8JsonReader reader, string name, YouzanPushFields into) => into.Sign = ReadText(ref reader, name)),
    ];


    /// <summary>Reads a push envelope.</summary>
    /// <param name="body">The request body exactly as received.</param>
    /// <param name="maxMessageBytes">The largest body accepted; checked before anything is read.</param>
    /// <returns>The envelope.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxMessageBytes"/> is not positive.</exception>
    /// <exception cref="MemberCardsMessageTooLargeException">The body is larger than <paramref name="maxMessageBytes"/>.</exception>
    /// <exception cref="MemberCardsFormatException">The body is empty, not a JSON object, or a field has the wrong type.</exception>
    public static YouzanPush Parse(ReadOnlySpan<byte> body, int maxMessageBytes = YouzanConstants.DefaultMaxMessageBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxMessageBytes);
        CheckSize(body.Length, maxMessageBytes);
        if (body.IsEmpty)
        {
            throw new MemberCardsFormatException(Service, Target, "$", "the body is empty.");
        }

        try
        {
            return Read(body);
        }
        catch (JsonException ex)
        {
            throw new MemberCardsFormatException(Service, Target, $"byte {ex.BytePositionInLine?.ToString(CultureInfo.InvariantCulture) ?? "?"}", "the body is not a well-formed JSON object: " + ex.Message, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or DecoderFallbackException or ArgumentException)
        {
            throw new MemberCardsFormatException(Service, Target, "$", "the body is not valid UTF-8 JSON.", ex);
        }
    }

    internal static void CheckSize(long length, int maxMessageBytes)
    {
        if (length > maxMessageBytes)
        {
            throw new MemberCardsMessageTooLargeException(Service, maxMessageBytes, length);
        }
    }

    private static YouzanPush Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, isFinalBlock: true, new JsonReaderState(ReaderOptions));
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw new MemberCardsFormatException(Service, Target, "$", "the body is not a JSON object.");
        }

        var fields = new YouzanPushFields();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("msg"u8))
            {
                (fields.Message, fields.MessageIsObject) = ReadMessage(ref reader, body);
            }
            else if (Find(ref reader) is { } field)
            {
                field.Read(ref reader, field.Name, fields);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new MemberCardsFormatException(Service, Target, "$", "the body is not a complete JSON object.");
        }

        if (reader.Read())
        {
            throw new MemberCardsFormatException(Service, Target, "$", "there is content after the JSON object.");
        }

        return fields.ToPush();
    }

    private static YouzanPushField? Find(ref Utf8JsonReader reader)
    {
        foreach (var field in FieldTable)
        {
            if (reader.ValueTextEquals(field.Spelling))
            {
                return field;
            }
        }

        return null;
    }

    private static (string? Text, bool IsObject) ReadMessage(ref Utf8JsonReader reader, ReadOnlySpan<byte> body)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return (null, false);
            case JsonTokenType.String:
                return (reader.GetString(), false);
            case JsonTokenType.StartObject:
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                return (StrictUtf8.GetString(body[start..end]), true);
            default:
                throw WrongType("msg", "a URL-encoded string or a JSON object", reader.TokenType);
        }
    }

    private static string? ReadText(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        return reader.TokenType switch
        {
            JsonTokenType.Null => null,
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => StrictUtf8.GetString(reader.ValueSpan),
            _ => throw WrongType(field, "a string", reader.TokenType),
        };
    }

    private static long? ReadInt64(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String:
                return ParseDigits(ref reader, field);
            case JsonTokenType.Number:
                throw new MemberCardsFormatException(Service, Target, field, "the number is not a 64-bit integer.");
            default:
                throw WrongType(field, "an integer", reader.TokenType);
        }
    }

    private static int? ReadInt32(ref Utf8JsonReader reader, string field)
    {
        var value = ReadInt64(ref reader, field);
        return value is null or (>= int.MinValue and <= int.MaxValue)
            ? (int?)value
            : throw new MemberCardsFormatException(Service, Target, field, "the number is not a 32-bit integer.");
    }

    private static long? ParseDigits(ref Utf8JsonReader reader, string field)
    {
        if (!reader.ValueIsEscaped)
        {
            var span = reader.ValueSpan;
            if (span.IsEmpty)
            {
                return null;
            }

            if (Utf8Parser.TryParse(span, out long value, out var consumed) && consumed == span.Length)
            {
                return value;
            }
        }
        else if (long.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }

        throw new MemberCardsFormatException(Service, Target, field, "the string is not a 64-bit integer.");
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader, string field)
    {
        reader.Read();
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
            case JsonTokenType.Null:
                return false;
            case JsonTokenType.String when reader.ValueTextEquals("true"u8) || reader.ValueTextEquals("1"u8):
                return true;
            case JsonTokenType.String when reader.ValueTextEquals("false"u8) || reader.ValueTextEquals("0"u8) || reader.ValueTextEquals(""u8):
                return false;
            case JsonTokenType.Number when reader.TryGetInt64(out var number) && number is 0 or 1:
                return number == 1;
            default:
                throw WrongType(field, "true or false", reader.TokenType);
        }
    }

    private static MemberCardsFormatException WrongType(string field, string expected, JsonTokenType actual)
        => new(Service, Target, field, $"expected {expected}, found {Describe(actual)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}
