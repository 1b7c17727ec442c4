using MemberCards.Sdk.Youzan.Tests.Support;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanEventTests
{
    private static YouzanPush Card(string msg, string status = "CARD_CREATED", string id = "2omk5g63jgmvpa")
        => new() { Type = "SCRM_CARD", Status = status, Id = id, RawMessage = msg, Version = 1498810074 };

    private static YouzanPush CustomerCard(string json, string status = "CUSTOMER_CARD_TAKEN", bool envelopeSigned = true)
        => new() { Type = "SCRM_CUSTOMER_CARD", Status = status, Id = "231820909057462930", RawMessage = Uri.EscapeDataString(json), IsEnvelopeSigned = envelopeSigned };

    [Fact]
    public void Reads_the_seed_card_sample_with_the_example_status_spelling()
    {
        var push = YouzanSamples.Verifier().ReadVerified(YouzanSamples.SignedCardBody(), null);

        var card = YouzanCardEvent.From(push);

        Assert.Equal(YouzanCardStatus.Created, card.Status);
        Assert.Equal("CREATE_CARD", card.RawStatus);
        Assert.Equal("2omk5g63jgmvpa", card.CardAlias);
        Assert.Equal(new DateTimeOffset(2017, 6, 30, 16, 7, 54, TimeSpan.FromHours(8)), card.EventTime);
        Assert.Equal(TimeSpan.FromHours(8), card.EventTime!.Value.Offset);
        Assert.Same(push, card.Push);
        Assert.Equal(1498810074L, card.Push.Version);
    }

    [Fact]
    public void Reads_the_seed_customer_card_sample_with_the_example_status_spelling()
    {
        var push = YouzanSamples.Verifier().ReadVerified(YouzanSamples.SignedCustomerCardBody(), null);

        var card = YouzanCustomerCardEvent.From(push);

        Assert.Equal(YouzanCustomerCardStatus.Taken, card.Status);
        Assert.Equal("CUSTOMER_TAKE_CARD", card.RawStatus);
        Assert.Equal(0L, card.FansId);
        Assert.Equal(0, card.FansType);
        Assert.Equal("18768423400", card.Mobile);
        Assert.Equal("2omk5g63jgmvpa", card.CardAlias);
        Assert.Equal("231820909057462930", card.CardNo);
        Assert.Equal(new DateTimeOffset(2017, 6, 30, 16, 8, 29, TimeSpan.FromHours(8)), card.EventTime);
    }

    [Theory]
    [InlineData("CARD_CREATED", YouzanCardStatus.Created)]
    [InlineData("CREATE_CARD", YouzanCardStatus.Created)]
    [InlineData("CARD_UPDATED", YouzanCardStatus.Updated)]
    [InlineData("CARD_DELETED", YouzanCardStatus.Deleted)]
    [InlineData("CARD_DISABLED", YouzanCardStatus.Disabled)]
    [InlineData("CARD_ENABLED", YouzanCardStatus.Enabled)]
    [InlineData("CARD_GROUP_INVALID", YouzanCardStatus.Unknown)]
    [InlineData("card_created", YouzanCardStatus.Unknown)]
    public void Maps_every_card_status(string wire, YouzanCardStatus expected)
    {
        var card = YouzanCardEvent.From(Card(YouzanSamples.CardMsg, wire));

        Assert.Equal(expected, card.Status);
        Assert.Equal(wire, card.RawStatus);
    }

    [Theory]
    [InlineData("CUSTOMER_CARD_TAKEN", YouzanCustomerCardStatus.Taken)]
    [InlineData("CUSTOMER_TAKE_CARD", YouzanCustomerCardStatus.Taken)]
    [InlineData("CUSTOMER_CARD_BOUGHT", YouzanCustomerCardStatus.Bought)]
    [InlineData("CUSTOMER_CARD_UPGRADED", YouzanCustomerCardStatus.Upgraded)]
    [InlineData("CUSTOMER_CARD_GIVEN", YouzanCustomerCardStatus.Given)]
    [InlineData("CUSTOMER_CARD_DELETED", YouzanCustomerCardStatus.Deleted)]
    [InlineData("CUSTOMER_CARD_FROZEN", YouzanCustomerCardStatus.Unknown)]
    public void Maps_every_customer_card_status(string wire, YouzanCustomerCardStatus expected)
    {
        var card = YouzanCustomerCardEvent.From(CustomerCard("""{"card_no":"1"}""", wire));

        Assert.Equal(expected, card.Status);
        Assert.Equal(wire, card.RawStatus);
    }

    [Fact]
    public void Reads_ids_sent_as_strings_and_card_numbers_sent_as_numbers_without_losing_digits()
    {
        var card = YouzanCustomerCardEvent.From(CustomerCard("""{"fans_id":"9007199254740993","fans_type":"1","mobile":"","card_alias":"a","card_no":1090560337592619000,"event_time":"2026-11-22 00:00:00"}"""));

        Assert.Equal(9007199254740993L, card.FansId);
        Assert.Equal(1, card.FansType);
        Assert.Null(card.Mobile);
        Assert.Equal("1090560337592619000", card.CardNo);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 16, 0, 0, TimeSpan.Zero), card.EventTime!.Value.ToUniversalTime());
    }

    [Fact]
    public void Falls_back_to_the_push_id_when_the_message_omits_the_key_and_the_envelope_is_signed()
    {
        var card = Card("%7B%7D");
        card.IsEnvelopeSigned = true;

        Assert.Equal("2omk5g63jgmvpa", YouzanCardEvent.From(card).CardAlias);
        Assert.Equal("231820909057462930", YouzanCustomerCardEvent.From(CustomerCard("{}")).CardNo);
        Assert.Null(YouzanCardEvent.From(card).EventTime);
    }

    [Fact]
    public void Takes_no_key_from_an_unsigned_envelope()
    {
        Assert.Null(YouzanCardEvent.From(Card("%7B%7D")).CardAlias);
        Assert.Null(YouzanCustomerCardEvent.From(CustomerCard("{}", envelopeSigned: false)).CardNo);
    }

    [Fact]
    public void Refuses_an_unsigned_envelope_id_that_is_not_the_signed_key()
    {
        var card = Assert.Throws<MemberCardsFormatException>(() => YouzanCardEvent.From(Card(YouzanSamples.CardMsg, id: "another-card")));
        var customer = Assert.Throws<MemberCardsFormatException>(() => YouzanCustomerCardEvent.From(CustomerCard("""{"card_no":"1"}""", envelopeSigned: false)));

        Assert.Equal("id", card.Location);
        Assert.Contains("msg.card_alias", card.Message, StringComparison.Ordinal);
        Assert.Contains("msg.card_no", customer.Message, StringComparison.Ordinal);
        Assert.Equal("1", YouzanCustomerCardEvent.From(CustomerCard("""{"card_no":"1"}""")).CardNo);
    }

    [Fact]
    public void Reads_a_message_sent_as_an_object()
    {
        var push = YouzanPushParser.Parse("""{"type":"SCRM_CARD","status":"CARD_UPDATED","msg":{"card_alias":"abc","event_time":"2020-01-02 03:04:05"}}"""u8);

        var card = YouzanCardEvent.From(push);

        Assert.Equal("abc", card.CardAlias);
        Assert.Equal(YouzanCardStatus.Updated, card.Status);
    }

    [Theory]
    [InlineData("%7B%22event_time%22%3A%222017%2F06%2F30%22%7D", "msg.event_time")]
    [InlineData("%7B%22card_alias%22%3A%5B%5D%7D", "$.card_alias")]
    [InlineData("not+json", "$")]
    [InlineData("null", "$")]
    [InlineData("%5B%5D", "$")]
    public void Unreadable_messages_are_format_errors(string msg, string location)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => YouzanCardEvent.From(Card(msg)));

        Assert.StartsWith(location, ex.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_push_of_another_type_is_a_caller_error()
        => Assert.Throws<ArgumentException>(() => YouzanCardEvent.From(new YouzanPush { Type = "SCRM_CUSTOMER_CARD", RawMessage = "%7B%7D" }));

    [Fact]
    public void ToString_masks_the_phone_number()
    {
        var card = YouzanCustomerCardEvent.From(CustomerCard("""{"mobile":"18768423400"}"""));

        Assert.Contains("187****3400", card.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("18768423400", card.ToString(), StringComparison.Ordinal);
    }
}
