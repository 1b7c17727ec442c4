using System.Text.Json;
using System.Text.Json.Serialization;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Core.Tests.Unit;

public sealed class WireEnumTests
{
    public static TheoryData<CardType, string> CardTypes => new() { { CardType.Purchase, "PURCHASE" }, { CardType.Normal, "NORMAL" }, { CardType.Balance, "BALANCE" } };

    public static TheoryData<ValidityType, string> ValidityTypes => new() { { ValidityType.FixTimeRange, "FIX_TIME_RANGE" }, { ValidityType.FixTerm, "FIX_TERM" }, { ValidityType.Permanent, "PERMANENT" } };

    public static TheoryData<UserCardState, string> UserCardStates => new() { { UserCardState.Unactivated, "UNACTIVATED" }, { UserCardState.Effective, "EFFECTIVE" }, { UserCardState.Expired, "EXPIRED" }, { UserCardState.Invalid, "INVALID" } };

    public static TheoryData<UserFormField, string> UserFormFields => new()
    {
        { UserFormField.Sex, "USER_FORM_FLAG_SEX" }, { UserFormField.Name, "USER_FORM_FLAG_NAME" }, { UserFormField.Birthday, "USER_FORM_FLAG_BIRTHDAY" },
        { UserFormField.Address, "USER_FORM_FLAG_ADDRESS" }, { UserFormField.Email, "USER_FORM_FLAG_EMAIL" }, { UserFormField.City, "USER_FORM_FLAG_CITY" },
    };

    [Theory]
    [MemberData(nameof(CardTypes))]
    public void CardType_wire_names_both_ways(CardType value, string wire) => AssertBothWays(value, wire);

    [Theory]
    [MemberData(nameof(ValidityTypes))]
    public void ValidityType_wire_names_both_ways(ValidityType value, string wire) => AssertBothWays(value, wire);

    [Theory]
    [MemberData(nameof(UserCardStates))]
    public void UserCardState_wire_names_both_ways(UserCardState value, string wire) => AssertBothWays(value, wire);

    [Theory]
    [MemberData(nameof(UserFormFields))]
    public void UserFormField_wire_names_both_ways(UserFormField value, string wire) => AssertBothWays(value, wire);

    [Theory]
    [InlineData("GIFT")]
    [InlineData("purchase")]
    [InlineData("Purchase")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_text_reads_as_Unknown(string? wire)
    {
        Assert.Equal(CardType.Unknown, WireEnum.Parse<CardType>(wire));
        Assert.False(WireEnum.TryParse<CardType>(wire, out var value));
        Assert.Equal(CardType.Unknown, value);
    }

    [Theory]
    [InlineData("\"GIFT\"")]
    [InlineData("1")]
    [InlineData("null")]
    [InlineData("{\"a\":[1,2]}")]
    [InlineData("[\"PURCHASE\"]")]
    public void The_JSON_converter_reads_anything_unexpected_as_Unknown(string json)
    {
        var model = JsonSerializer.Deserialize("{\"card_type\":" + json + ",\"after\":\"kept\"}", CoreTestJsonContext.Default.EnumHolder)!;
        Assert.Equal(CardType.Unknown, model.CardType);
        Assert.Equal("kept", model.After);
    }

    [Fact]
    public void Unknown_has_no_wire_name_and_is_never_sent()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum.ToWire(CardType.Unknown));
        Assert.Contains("CardType.Unknown has no wire name", ex.Message, StringComparison.Ordinal);
        var json = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(new EnumHolder { CardType = CardType.Unknown }, CoreTestJsonContext.Default.EnumHolder));
        Assert.Contains("CardType.Unknown", json.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_numeric_value_is_never_sent()
        => Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum.ToWire((CardType)42));

    [Fact]
    public void WireAlias_adds_read_only_spellings()
    {
        Assert.Equal(AliasedState.Active, WireEnum.Parse<AliasedState>("ACTIVE"));
        Assert.Equal(AliasedState.Active, WireEnum.Parse<AliasedState>("EFFECTIVE"));
        Assert.Equal(AliasedState.Active, WireEnum.Parse<AliasedState>("NORMAL"));
        Assert.Equal("ACTIVE", WireEnum.ToWire(AliasedState.Active));
        Assert.Equal(AliasedState.Active, JsonSerializer.Deserialize("\"NORMAL\"", CoreTestJsonContext.Default.AliasedState));
        Assert.Equal("\"ACTIVE\"", JsonSerializer.Serialize(AliasedState.Active, CoreTestJsonContext.Default.AliasedState));
    }

    [Fact]
    public void A_field_without_a_wire_name_is_neither_read_nor_written()
    {
        Assert.Equal(AliasedState.Unknown, WireEnum.Parse<AliasedState>("Internal"));
        Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum.ToWire(AliasedState.Internal));
    }

    private static void AssertBothWays<TEnum>(TEnum value, string wire)
        where TEnum : struct, Enum
    {
        Assert.Equal(wire, WireEnum.ToWire(value));
        Assert.Equal(value, WireEnum.Parse<TEnum>(wire));
        Assert.True(WireEnum.TryParse<TEnum>(wire, out var parsed));
        Assert.Equal(value, parsed);
        var typeInfo = (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TEnum>)CoreTestJsonContext.Default.GetTypeInfo(typeof(TEnum))!;
        Assert.Equal($"\"{wire}\"", JsonSerializer.Serialize(value, typeInfo));
        Assert.Equal(value, JsonSerializer.Deserialize($"\"{wire}\"", typeInfo));
    }
}

/// <summary>An enum with aliases, as a client assembly would declare one.</summary>
[JsonConverter(typeof(WireEnumConverter<AliasedState>))]
public enum AliasedState
{
    /// <summary>Unknown.</summary>
    Unknown = 0,

    /// <summary>Active, also sent as EFFECTIVE or NORMAL.</summary>
    [JsonStringEnumMemberName("ACTIVE")]
    [WireAlias("EFFECTIVE")]
    [WireAlias("NORMAL")]
    Active,

    /// <summary>A value with no wire name.</summary>
    Internal,
}

/// <summary>Holds an enum between other properties.</summary>
public sealed class EnumHolder
{
    /// <summary>The card type.</summary>
    [JsonPropertyName("card_type")]
    public CardType CardType { get; init; }

    /// <summary>A property after it, to show reading continues.</summary>
    [JsonPropertyName("after")]
    public string? After { get; init; }
}
