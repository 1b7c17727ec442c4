namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Join on payment (支付即会员): the fragment <c>cell=…&amp;card_id=…&amp;user_card_code=…</c> that a pay order's own
/// <c>attach</c> carries so that a payer without the brand's member card gets one, effective at once (no confirm
/// step). Build it, then <see cref="AppendTo"/> the order's <c>attach</c> before creating the order.
/// </summary>
/// <remarks>
/// WeChat Pay's page shows the fragment glued straight after the order's original <c>attach</c> value, with no
/// separator, and the order's <c>attach</c> is a string of at most <see cref="MaxOrderAttachBytes"/> in total.
/// <c>user_card_code</c> is required: the card is issued under the code the merchant gives.
/// </remarks>
public sealed record JoinOnPaymentAttach
{
    /// <summary>The size limit of a pay order's whole <c>attach</c>, counted here in UTF-8 bytes (the stricter reading).</summary>
    public const int MaxOrderAttachBytes = 128;

    /// <summary>The feed template (<c>cell</c>) shown on the payment voucher and the card face, for example <c>0</c> (join).</summary>
    public required string Cell { get; init; }

    /// <summary>The card template id (<c>card_id</c>) the payer joins.</summary>
    public required string CardId { get; init; }

    /// <summary>The member card code (<c>user_card_code</c>) the new member gets; required by WeChat Pay.</summary>
    public required string UserCardCode { get; init; }

    /// <summary>The fragment, <c>cell={Cell}&amp;card_id={CardId}&amp;user_card_code={UserCardCode}</c>.</summary>
    /// <exception cref="MemberCardsValidationException">A value is empty, too long, or holds <c>&amp;</c> or <c>=</c>.</exception>
    public string Fragment
    {
        get
        {
            Check(Cell, "cell", 128);
            Check(CardId, "card_id", 32);
            Check(UserCardCode, "user_card_code", 32);
            return $"cell={Cell}&card_id={CardId}&user_card_code={UserCardCode}";
        }
    }

    /// <summary>The order's <c>attach</c> with the fragment appended, as WeChat Pay's page shows it (no separator).</summary>
    /// <param name="orderAttach">The order's own <c>attach</c> value, or <see langword="null"/> when it has none.</param>
    /// <returns>The value to send as the order's <c>attach</c>.</returns>
    /// <exception cref="MemberCardsValidationException">
    /// A value is invalid, or the result exceeds <see cref="MaxOrderAttachBytes"/> UTF-8 bytes (the message says by how much).
    /// </exception>
    public string AppendTo(string? orderAttach)
    {
        var attach = (orderAttach ?? string.Empty) + Fragment;
        var bytes = Encoding.UTF8.GetByteCount(attach);
        if (bytes > MaxOrderAttachBytes)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, "attach", $"is {bytes} UTF-8 bytes with the join-on-payment fragment; a pay order's attach holds at most {MaxOrderAttachBytes}. Shorten the order's own attach ({Encoding.UTF8.GetByteCount(orderAttach ?? string.Empty)} bytes) or the cell.");
        }

        return attach;
    }

    private static void Check(string? value, string field, int maxLength)
    {
        if (FieldRules.Required(value, field, maxLength).AsSpan().IndexOfAny('&', '=') >= 0)
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, field, "must not hold '&' or '=': they separate the fragment's fields.");
        }
    }
}
