using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;

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

        string? type = null, status = null, id = null, kdtName = null, clientId = null, appId = null, msgId = null, sign = null, msg = null;
        long? kdtId = null, rootKdtId = null, version = null;
        int? mode = null, sendCount = null;
        var test = false;
        var msgIsObject = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                type = ReadText(ref reader, "type");
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                status = ReadText(ref reader, "status");
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                id = ReadText(ref reader, "id");
            }
            else if (reader.ValueTextEquals("kdt_id"u8))
            {
                kdtId = ReadInt64(ref reader, "kdt_id");
            }
            else if (reader.ValueTextEquals("kdt_name"u8))
            {
                kdtName = ReadText(ref reader, "kdt_name");
            }
            else if (reader.ValueTextEquals("root_kdt_id"u8))
            {
                rootKdtId = ReadInt64(ref reader, "root_kdt_id");
            }
            else if (reader.ValueTextEquals("client_id"u8))
            {
                clientId = ReadText(ref reader, "client_id");
            }
            else if (reader.ValueTextEquals("app_id"u8))
            {
                appId = ReadText(ref reader, "app_id");
            }
            else if (reader.ValueTextEquals("mode"u8))
            {
                mode = ReadInt32(ref reader, "mode");
            }
            else if (reader.ValueTextEquals("test"u8))
            {
                test = ReadBoolean(ref reader, "test");
            }
            else if (reader.ValueTextEquals("sendCount"u8) || reader.ValueTextEquals("send_count"u8))
            {
                sendCount = ReadInt32(ref reader, "sendCount");
            }
            else if (reader.ValueTextEquals("version"u8))
            {
                version = ReadInt64(ref reader, "version");
            }
            else if (reader.ValueTextEquals("msg_id"u8))
            {
                msgId = ReadText(ref reader, "msg_id");
            }
            else if (reader.ValueTextEquals("sign"u8))
            {
                sign = ReadText(ref reader, "sign");
            }
            else if (reader.ValueTextEquals("msg"u8))
            {
                (msg, msgIsObject) = ReadMessage(ref reader, body);
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

        return new YouzanPush
        {
            Type = type,
            Status = status,
            Id = id,
            KdtId = kdtId,
            KdtName = kdtName,
            RootKdtId = rootKdtId,
            ClientId = clientId,
            AppId = appId,
            Mode = mode,
            IsTest = test,
            SendCount = sendCount,
            Version = version,
            MessageId = msgId,
            Sign = sign,
            RawMessage = msg,
            MessageIsObject = msgIsObject,
        };
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
