using System.Text;
using MemberCards.Sdk.Youzan.Tests.Support;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanPushParserTests
{
    [Fact]
    public void Reads_every_field_of_the_seed_card_sample()
    {
        var push = YouzanPushParser.Parse(YouzanSamples.Utf8(YouzanSamples.CardBody(YouzanSamples.CardPublishedSign)));

        Assert.Equal("SCRM_CARD", push.Type);
        Assert.Equal("CREATE_CARD", push.Status);
        Assert.Equal("2omk5g63jgmvpa", push.Id);
        Assert.Equal(164932L, push.KdtId);
        Assert.Equal("墨鱼小课堂", push.KdtName);
        Assert.Equal("6cd25b3f99727975b5", push.ClientId);
        Assert.Equal(1, push.Mode);
        Assert.False(push.IsTest);
        Assert.Equal(3, push.SendCount);
        Assert.Equal(1498810074L, push.Version);
        Assert.Equal(YouzanSamples.CardPublishedSign, push.Sign);
        Assert.Equal(YouzanSamples.CardMsg, push.RawMessage);
        Assert.False(push.MessageIsObject);
        Assert.Null(push.MessageId);
        Assert.Null(push.RootKdtId);
        Assert.False(push.IsHealthCheck);
    }

    [Fact]
    public void Reads_every_field_of_the_seed_customer_card_sample()
    {
        var push = YouzanPushParser.Parse(YouzanSamples.Utf8(YouzanSamples.CustomerCardBody(YouzanSamples.CustomerCardPublishedSign)));

        Assert.Equal("SCRM_CUSTOMER_CARD", push.Type);
        Assert.Equal("CUSTOMER_TAKE_CARD", push.Status);
        Assert.Equal("231820909057462930", push.Id);
        Assert.Equal(1498810109L, push.Version);
        Assert.Equal(YouzanSamples.CustomerCardMsg, push.RawMessage);
        Assert.Equal(YouzanSamples.CustomerCardPublishedSign, push.Sign);
    }

    [Fact]
    public void Reads_a_cloud_push_with_msg_id_root_shop_and_millisecond_version()
    {
        var body = """{"client_id":"c1","id":"E2026","kdt_id":"42","kdt_name":"s","root_kdt_id":41,"type":"trade_TradePaid","status":"TRADE_PAID","msg":"%7B%7D","msg_id":"b2c1f0e4-77aa-4d0e-9b1e-0d5c2d7c1a11","version":1517055397112,"sendCount":0,"sign":"x","test":false,"mode":1,"app_id":"hello"}""";

        var push = YouzanPushParser.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Equal("b2c1f0e4-77aa-4d0e-9b1e-0d5c2d7c1a11", push.MessageId);
        Assert.Equal(1517055397112L, push.Version);
        Assert.Equal(42L, push.KdtId);
        Assert.Equal(41L, push.RootKdtId);
        Assert.Equal("hello", push.AppId);
        Assert.Equal(0, push.SendCount);
    }

    [Fact]
    public void Keeps_an_object_msg_exactly_as_received()
    {
        const string msg = """{ "refund_id" : "R1",  "amount":12.5 ,"nested":{"a":[1,2]} }""";
        var push = YouzanPushParser.Parse(Encoding.UTF8.GetBytes($$"""{"type":"youzan_trade_RefundSuccess","msg": {{msg}} ,"sign":"s"}"""));

        Assert.True(push.MessageIsObject);
        Assert.Equal(msg, push.RawMessage);
        Assert.Equal(msg, push.DecodeMessage());
    }

    [Fact]
    public void Unescapes_json_escapes_in_msg_but_does_not_url_decode_it()
    {
        var push = YouzanPushParser.Parse("""{"msg":"\u00257B\u0025\u002222\u0025\u00227D+x"}"""u8);

        Assert.Equal("%7B%\"22%\"7D+x", push.RawMessage);
    }

    [Fact]
    public void Recognises_the_health_check()
    {
        var push = YouzanPushParser.Parse("""{"test":true}"""u8);

        Assert.True(push.IsHealthCheck);
        Assert.True(push.IsTest);
    }

    [Fact]
    public void A_test_push_with_a_message_is_not_a_health_check()
    {
        var push = YouzanPushParser.Parse("""{"test":true,"type":"SCRM_CARD","msg":"%7B%7D","sign":"00"}"""u8);

        Assert.True(push.IsTest);
        Assert.False(push.IsHealthCheck);
    }

    [Theory]
    [InlineData("""{"test":"true"}""", true)]
    [InlineData("""{"test":1}""", true)]
    [InlineData("""{"test":0}""", false)]
    [InlineData("""{"test":null}""", false)]
    public void Reads_test_flags_sent_as_strings_or_numbers(string body, bool expected)
        => Assert.Equal(expected, YouzanPushParser.Parse(Encoding.UTF8.GetBytes(body)).IsTest);

    [Fact]
    public void Skips_unknown_fields_of_any_shape()
    {
        var push = YouzanPushParser.Parse("""{"extra":{"a":[1,{"b":null}]},"type":"POINTS","more":[true,false],"id":12345678901234567}"""u8);

        Assert.Equal("POINTS", push.Type);
        Assert.Equal("12345678901234567", push.Id);
    }

    [Fact]
    public void Accepts_the_send_count_spelling_of_the_field_table()
        => Assert.Equal(2, YouzanPushParser.Parse("""{"send_count":2}"""u8).SendCount);

    [Theory]
    [InlineData("", "$")]
    [InlineData("[]", "$")]
    [InlineData("\"text\"", "$")]
    [InlineData("{\"type\":\"SCRM_CARD\"", "byte")]
    [InlineData("{\"type\":\"SCRM_CARD\"} x", "byte")]
    [InlineData("{\"type\":{\"a\":1}}", "type")]
    [InlineData("{\"msg\":12}", "msg")]
    [InlineData("{\"msg\":[\"a\"]}", "msg")]
    [InlineData("{\"version\":99999999999999999999}", "version")]
    [InlineData("{\"version\":1.5}", "version")]
    [InlineData("{\"version\":\"12a\"}", "version")]
    [InlineData("{\"kdt_id\":true}", "kdt_id")]
    [InlineData("{\"sendCount\":3000000000}", "sendCount")]
    [InlineData("{\"test\":\"maybe\"}", "test")]
    public void Malformed_bodies_are_format_errors_that_say_where(string body, string location)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => YouzanPushParser.Parse(Encoding.UTF8.GetBytes(body)));

        Assert.StartsWith(location, ex.Location, StringComparison.Ordinal);
        Assert.Equal("Youzan", ex.Service);
    }

    [Fact]
    public void Invalid_utf8_in_a_field_is_a_format_error()
    {
        byte[] body = [.. "{\"type\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.Throws<MemberCardsFormatException>(() => YouzanPushParser.Parse(body));
    }

    [Fact]
    public void Deep_nesting_is_a_format_error()
    {
        var body = "{\"x\":" + new string('[', 5000) + new string(']', 5000) + "}";

        Assert.Throws<MemberCardsFormatException>(() => YouzanPushParser.Parse(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void The_size_cap_applies_before_parsing()
    {
        var body = new byte[2048];
        body.AsSpan().Fill((byte)'{');

        var ex = Assert.Throws<MemberCardsMessageTooLargeException>(() => YouzanPushParser.Parse(body, maxMessageBytes: 2047));

        Assert.Equal(2047, ex.Limit);
        Assert.Equal(2048, ex.Length);
        Assert.Equal("Youzan", ex.Service);
    }
}
