namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>Issue 21: the 支付即会员 fragment of a pay order's attach.</summary>
public sealed class JoinOnPaymentAttachTests
{
    private static readonly JoinOnPaymentAttach Join = new() { Cell = "0", CardId = "pbLatjvWOibDc5-TBnbUk1pD12o0", UserCardCode = "478515832665" };

    [Fact]
    public void The_fragment_is_glued_after_the_orders_own_attach_without_a_separator()
    {
        Assert.Equal("cell=0&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&user_card_code=478515832665", Join.Fragment);
        Assert.Equal("abcdecell=0&card_id=pbLatjvWOibDc5-TBnbUk1pD12o0&user_card_code=478515832665", Join.AppendTo("abcde"));
        Assert.Equal(Join.Fragment, Join.AppendTo(null));
    }

    [Fact]
    public void The_whole_attach_is_held_to_128_utf8_bytes()
    {
        var room = JoinOnPaymentAttach.MaxOrderAttachBytes - Join.Fragment.Length;
        Assert.Equal(128, Join.AppendTo(new string('a', room)).Length);

        var ascii = Assert.Throws<MemberCardsValidationException>(() => Join.AppendTo(new string('a', room + 1)));
        var chinese = Assert.Throws<MemberCardsValidationException>(() => Join.AppendTo(new string('单', (room / 3) + 1)));

        Assert.Contains("129 UTF-8 bytes", ascii.Message, StringComparison.Ordinal);
        Assert.Contains("attach", chinese.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "pCard", "123", "cell")]
    [InlineData("0", "pCard", "", "user_card_code")]
    [InlineData("0", "p&Card", "123", "card_id")]
    [InlineData("0=1", "pCard", "123", "cell")]
    [InlineData("0", "pCardpCardpCardpCardpCardpCardpCa", "123", "card_id")]
    public void A_value_that_would_break_the_fragment_is_refused_naming_its_field(string cell, string cardId, string code, string field)
    {
        var join = new JoinOnPaymentAttach { Cell = cell, CardId = cardId, UserCardCode = code };

        var refused = Assert.Throws<MemberCardsValidationException>(() => join.AppendTo("order"));

        Assert.Contains(field, refused.Message, StringComparison.Ordinal);
    }
}
