using System.Globalization;
using System.Text;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// Turns the ERP's answer into a member or a typed exception. Tolerant where the ERPs differ (numbers sent as
/// strings, unknown levels and states, empty dates), strict only where nothing sensible can be read. Every remote
/// text copied into an exception has its phone numbers masked (<see cref="Redaction.PhoneNumbersIn"/>).
/// </summary>
internal static class ErpAnswerReader
{
    private const string Service = ErpConstants.ServiceName;
    private const int MaxDetailLength = 2048;
    private static readonly byte[] SuccessCodeUtf8 = Encoding.UTF8.GetBytes(ErpConstants.SuccessCode);
    private static readonly string[] BirthdayFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd"];

    /// <summary>Reads a 2xx answer from its bytes: the member on <c>code</c> 10000, else throws.</summary>
    /// <exception cref="MemberCardsApiException">Any code other than 10000.</exception>
    /// <exception cref="MemberCardsFormatException">Not JSON, no code, or a success without a member object.</exception>
    public static ErpMember ReadSuccess(ReadOnlySpan<byte> body, int statusCode)
    {
        var envelope = MemberCardsJson.Deserialize(body, ErpJson.Envelope, Service);
        return ReadSuccess(envelope, statusCode);
    }

    /// <summary>Reads a 2xx answer: the member on <c>code</c> 10000, else throws.</summary>
    /// <exception cref="MemberCardsApiException">Any code other than 10000.</exception>
    /// <exception cref="MemberCardsFormatException">No code, or a success without a member object.</exception>
    public static ErpMember ReadSuccess(ErpEnvelope? envelope, int statusCode)
    {
        if (envelope is null)
        {
            throw new MemberCardsFormatException(Service, "the memberPoints answer", "$", "The answer is empty (or JSON null), so it is neither a success nor a failure. The points change may have been applied.");
        }

        var code = envelope.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw new MemberCardsFormatException(Service, "the memberPoints answer", "$.code", "The answer has no code, so it is neither a success (10000) nor a failure (20000). The points change may have been applied.");
        }

        if (code != ErpConstants.SuccessCode)
        {
            throw Failure(statusCode, code, envelope.Message, envelope.Info);
        }

        if (envelope.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            throw new MemberCardsFormatException(Service, "the memberPoints answer", "$.data", "Code 10000 came without a member object: the points change was applied but the member cannot be read.");
        }

        ErpMemberWire wire;
        try
        {
            wire = data.Deserialize(ErpJson.Member)!;
        }
        catch (JsonException ex)
        {
            throw new MemberCardsFormatException(Service, "the member", "$.data" + ex.Path?.TrimStart('$'), ex.Message, ex);
        }

        return ToMember(wire);
    }

    /// <summary>
    /// The failure a 2xx answer stands for: a JSON object with a <c>code</c> other than 10000. Anything else
    /// (10000, no code, not an object, not JSON) is left to the caller's reading, so <see langword="null"/>.
    /// </summary>
    public static MemberCardsApiException? FailureOf(ReadOnlySpan<byte> body, int statusCode)
    {
        // Nearly every answer is a success: its code is read off the top level without building the envelope (whose
        // data the client then reads anyway). Only another code, or JSON this scan cannot settle, takes the full read.
        if (IsSuccessCode(body))
        {
            return null;
        }

        ErpEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(body, ErpJson.Envelope);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return null;
        }

        var code = envelope?.Code?.Trim();
        return string.IsNullOrEmpty(code) || code == ErpConstants.SuccessCode ? null : Failure(statusCode, code, envelope!.Message, envelope.Info);
    }

    /// <summary>
    /// Whether the top-level <c>code</c> of a JSON object is <see cref="ErpConstants.SuccessCode"/>, as the envelope reads
    /// it: the number's literal or the trimmed string, the last <c>code</c> when there are several. <see langword="false"/>
    /// for anything else, broken JSON included: the full read decides then.
    /// </summary>
    private static bool IsSuccessCode(ReadOnlySpan<byte> body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            var success = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("code"u8);
                reader.Read();
                if (!isCode)
                {
                    reader.Skip();
                    continue;
                }

                success = reader.TokenType switch
                {
                    JsonTokenType.Number => !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(SuccessCodeUtf8),
                    JsonTokenType.String => reader.GetString()?.Trim() == ErpConstants.SuccessCode,
                    _ => false,
                };
                reader.Skip();
            }

            return success && reader.TokenType == JsonTokenType.EndObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Builds the exception for a non-2xx answer, with whatever code and message the body carries.</summary>
    public static MemberCardsApiException ReadFailure(ReadOnlySpan<byte> body, int statusCode, string? hint = null)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize(body, ErpJson.Envelope);
            if (envelope is not null && (envelope.Code is not null || envelope.Message is not null))
            {
                return Failure(statusCode, envelope.Code?.Trim(), envelope.Message, envelope.Info, hint);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            // Not the ERP's JSON (a proxy's HTML page, say): keep the text as the detail below.
        }

        var text = Encoding.UTF8.GetString(body);
        return new MemberCardsApiException(Service, statusCode, errorCode: null, errorMessage: null, requestId: null, text.Length == 0 ? null : Redaction.PhoneNumbersIn(text[..Math.Min(text.Length, MaxDetailLength)])) { Hint = hint };
    }

    public static ErpMember ToMember(ErpMemberWire wire) => new()
    {
        Name = wire.Name,
        Sex = ParseSex(wire.Sex),
        Birthday = ParseBirthday(wire.Birthday),
        Address = wire.Address,
        IdentityCardNo = wire.IdentityCardNo,
        Email = wire.Email,
        Level = ParseNumber(wire.Level) is { } level ? (ErpMemberLevel)level : null,
        LevelText = wire.Level,
        State = ParseNumber(wire.State) is { } state ? (ErpMemberState)state : null,
        StateText = wire.State,
        CardNo = wire.CardNo,
        StoreNumber = wire.StoreNumber,
    };

    /// <summary>女, 男 or 保密 (surrounding spaces ignored); anything else is <see cref="ErpMemberSex.Unknown"/>.</summary>
    public static ErpMemberSex ParseSex(string? text) => WireEnum.Parse<ErpMemberSex>(text?.Trim());

    /// <summary>An integer sent as a number or a string; <see langword="null"/> when absent or not an integer.</summary>
    public static int? ParseNumber(string? text)
        => int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// A date such as <c>1969-08-07</c> (also <c>1969/8/7</c>, <c>19690807</c>, or with a time after it, which is
    /// ignored); <see langword="null"/> when absent, empty, all zeros or not a date.
    /// </summary>
    public static DateOnly? ParseBirthday(string? text)
    {
        var value = text.AsSpan().Trim();
        var cut = value.IndexOfAny(' ', 'T');
        if (cut > 0)
        {
            value = value[..cut];
        }

        return DateOnly.TryParseExact(value, BirthdayFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static MemberCardsApiException Failure(int statusCode, string? code, string? message, JsonElement? info, string? hint = null)
        => new(Service, statusCode, code, Redaction.PhoneNumbersIn(message), requestId: null, Redaction.PhoneNumbersIn(Raw(info))) { Hint = hint };

    private static string? Raw(JsonElement? element)
        => element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.GetRawText() : null;
}
