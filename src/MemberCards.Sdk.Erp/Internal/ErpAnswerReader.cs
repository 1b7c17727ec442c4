using System.Globalization;
using System.Text;
using System.Text.Json;
using MemberCards.Sdk.Erp.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Erp;

/// <summary>
/// Turns the ERP's answer into a member or a typed exception. Tolerant where the ERPs differ (numbers sent as
/// strings, unknown levels and states, empty dates), strict only where nothing sensible can be read.
/// </summary>
internal static class ErpAnswerReader
{
    public const string Service = "Erp";
    public const string SuccessCode = "10000";
    private const int MaxDetailLength = 2048;
    private static readonly string[] BirthdayFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/MM/dd", "yyyy/M/d", "yyyyMMdd"];

    /// <summary>Reads a 2xx answer: the member on <c>code</c> 10000, else throws.</summary>
    /// <exception cref="MemberCardsApiException">Any code other than 10000.</exception>
    /// <exception cref="MemberCardsFormatException">Not JSON, no code, or a success without a member object.</exception>
    public static ErpMember ReadSuccess(ReadOnlySpan<byte> body, int statusCode)
    {
        var envelope = MemberCardsJson.Deserialize(body, ErpJson.Envelope, Service);
        var code = envelope.Code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            throw new MemberCardsFormatException(Service, "the memberPoints answer", "$.code", "The answer has no code, so it is neither a success (10000) nor a failure (20000). The points change may have been applied.");
        }

        if (code != SuccessCode)
        {
            throw new MemberCardsApiException(Service, statusCode, code, envelope.Message, requestId: null, Raw(envelope.Info));
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

    /// <summary>Builds the exception for a non-2xx, non-5xx answer, with whatever code and message the body carries.</summary>
    public static MemberCardsApiException ReadFailure(ReadOnlySpan<byte> body, int statusCode)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize(body, ErpJson.Envelope);
            if (envelope is not null && (envelope.Code is not null || envelope.Message is not null))
            {
                return new MemberCardsApiException(Service, statusCode, envelope.Code?.Trim(), envelope.Message, requestId: null, Raw(envelope.Info));
            }
        }
        catch (JsonException)
        {
            // Not the ERP's JSON (a proxy's HTML page, say): keep the text as the detail below.
        }

        var text = Encoding.UTF8.GetString(body);
        return new MemberCardsApiException(Service, statusCode, errorCode: null, errorMessage: null, requestId: null, text.Length == 0 ? null : text[..Math.Min(text.Length, MaxDetailLength)]);
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

    private static string? Raw(JsonElement? element)
        => element is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } value ? value.GetRawText() : null;
}
