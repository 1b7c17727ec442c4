using System.Text;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanMessageDecodingTests
{
    private static string Decode(string msg)
        => new YouzanPush { Type = "X", RawMessage = msg }.DecodeMessage();

    [Fact]
    public void Decodes_the_seed_card_message_with_plus_as_space()
        => Assert.Equal("""{"card_alias":"2omk5g63jgmvpa","event_time":"2017-06-30 16:07:54"}""", Decode(YouzanSamples.CardMsg));

    [Fact]
    public void Decodes_the_seed_customer_card_message()
        => Assert.Equal("""{"fans_id":0,"fans_type":0,"mobile":"18768423400","card_alias":"2omk5g63jgmvpa","card_no":"231820909057462930","event_time":"2017-06-30 16:08:29"}""", Decode(YouzanSamples.CustomerCardMsg));

    [Theory]
    [InlineData("%7B%22update_time%22:%222017-06-30%2016:07:54%22%7D", """{"update_time":"2017-06-30 16:07:54"}""")]
    [InlineData("a%2Bb+c", "a+b c")]
    [InlineData("100%", "100%")]
    [InlineData("%zz%4", "%zz%4")]
    [InlineData("%e5%a2%a8%E9%B1%BC", "墨鱼")]
    [InlineData("", "")]
    public void Uses_form_semantics_like_WebUtility_UrlDecode(string msg, string expected)
    {
        Assert.Equal(expected, Decode(msg));
        Assert.Equal(System.Net.WebUtility.UrlDecode(msg), Decode(msg));
    }

    [Fact]
    public void In_place_decoding_matches_a_reference_decoder_on_random_text()
    {
        var random = new Random(7);
        const string alphabet = "%+abcdefABCDEF0123456789{}\":, ";
        for (var n = 0; n < 2000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var bytes = Encoding.ASCII.GetBytes(text);
            var length = YouzanMessageDecoding.FormDecodeInPlace(bytes);
            Assert.Equal(DecodedBytes(text), bytes[..length]);
        }
    }

    [Fact]
    public void Invalid_utf8_after_decoding_is_a_format_error()
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => Decode("%FF%FE"));

        Assert.Equal("msg", ex.Location);
    }

    [Fact]
    public void A_push_without_msg_cannot_be_decoded()
        => Assert.Throws<MemberCardsFormatException>(() => new YouzanPush { Type = "SCRM_CARD" }.DecodeMessage());

    private static byte[] DecodedBytes(string text)
    {
        // Reference decoder: %XX with two hex digits is a byte, + is a space, everything else is literal.
        var output = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '+')
            {
                output.Add((byte)' ');
            }
            else if (text[i] == '%' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                output.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                output.Add((byte)text[i]);
            }
        }

        return [.. output];
    }
}
