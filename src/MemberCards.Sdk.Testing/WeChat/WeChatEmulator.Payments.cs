namespace MemberCards.Sdk.Testing.WeChat;

/// <content>
/// 支付即会员 played end to end: a simulated WeChat Pay payment (<see cref="PayAsync"/>, behind
/// <c>POST /_emulator/wechat/pay?mchid=..&amp;openid=..&amp;amount=..</c>) is matched against the rules added through
/// <c>card/paygiftcard/add</c>; when one fits, the payer receives the rule's member card (a new code, one less in stock)
/// and the callback gets <c>user_pay_from_pay_cell</c> and <c>user_get_card</c> with that code.
/// </content>
public sealed partial class WeChatEmulator
{
    /// <summary>The control path that simulates a WeChat Pay payment (<c>POST ?mchid=..&amp;openid=..&amp;amount=..</c>, amount in fen).</summary>
    public const string PaymentPath = "/_emulator/wechat/pay";

    /// <summary>
    /// Simulates a WeChat Pay payment of <paramref name="amount"/> fen by <paramref name="openId"/> to merchant
    /// <paramref name="mchId"/>. The first 支付即会员 rule (by rule id) that holds the merchant id, is in its period now and
    /// whose <c>least_cost</c>..<c>max_cost</c> range holds the amount issues its member card to the payer, unless the payer
    /// already holds one of that card, and pushes <c>user_pay_from_pay_cell</c> and then <c>user_get_card</c>, both with
    /// the issued code.
    /// </summary>
    /// <param name="mchId">The merchant id paid.</param>
    /// <param name="openId">The payer's openid under the rule's Official Account.</param>
    /// <param name="amount">The amount paid, in fen (分).</param>
    /// <param name="cancellationToken">Cancels the pushes.</param>
    /// <returns>The rule that matched, the card issued and the pushes.</returns>
    /// <exception cref="InvalidOperationException">The rule's card cannot be issued (not approved and the payer not white-listed, deleted, out of stock).</exception>
    public async Task<WeChatEmulatorPayment> PayAsync(string mchId, string openId, long amount, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(mchId);
        ArgumentException.ThrowIfNullOrEmpty(openId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        var transactionId = "42000" + RandomDigits(23);
        StoredPayGiftRule? rule;
        WeChatEmulatorMember? member = null;
        lock (gate)
        {
            var now = Now.ToUnixTimeSeconds();
            rule = payGiftRules.Values
                .Where(r => r.MchIds.Contains(mchId) && r.Begin <= now && now < r.End && Fits(r, amount))
                .OrderBy(r => r.Id)
                .FirstOrDefault();
            if (rule is not null && rule.RuleInfo["member_rule"]?["card_id"]?.GetValue<string>() is { } cardId && cards.TryGetValue(cardId, out var card)
                && !members.Values.Any(m => m.CardId == cardId && m.OpenId == openId && m.Status == "NORMAL"))
            {
                member = IssueCode(card, openId, outerStr: null);
            }
        }

        if (member is null)
        {
            return new WeChatEmulatorPayment { TransactionId = transactionId, RuleId = rule?.Id, Pushes = [] };
        }

        var fee = amount.ToString(CultureInfo.InvariantCulture);
        var paid = await PushEventAsync(member.AppId, "user_pay_from_pay_cell", openId, [("CardId", member.CardId), ("UserCardCode", member.Code), ("TransId", transactionId), ("Fee", fee), ("OriginalFee", fee)], cancellationToken).ConfigureAwait(false);
        var got = await PushUserGetCardAsync(member, cancellationToken).ConfigureAwait(false);
        return new WeChatEmulatorPayment { TransactionId = transactionId, RuleId = rule!.Id, Member = member, Pushes = [paid, got] };
    }

    // The events a payment that issues a card pushes, in order.
    private static readonly string[] PaymentEvents = ["user_pay_from_pay_cell", "user_get_card"];

    private static bool Fits(StoredPayGiftRule rule, long amount)
    {
        var memberRule = rule.RuleInfo["member_rule"];
        var least = memberRule?["least_cost"]?.GetValue<long>() ?? 0;
        var most = memberRule?["max_cost"]?.GetValue<long>() ?? long.MaxValue;
        return least <= amount && amount <= most;
    }

    private void MapPaymentRoutes(IEndpointRouteBuilder app)
        => app.MapPost(PaymentPath, (RequestDelegate)(async context =>
        {
            var query = context.Request.Query;
            var mchId = query["mchid"].ToString();
            var openId = query["openid"].ToString() is { Length: > 0 } o ? o : DefaultPageUser;
            if (mchId.Length == 0 || !long.TryParse(query["amount"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            {
                await WriteAsync(context, w => w.WriteString("error", "give the payment: ?mchid=<merchant id>&amount=<fen, above 0>[&openid=..]"), includeErrcode: false, status: StatusCodes.Status400BadRequest).ConfigureAwait(false);
                return;
            }

            WeChatEmulatorPayment payment;
            try
            {
                payment = await PayAsync(mchId, openId, amount, context.RequestAborted).ConfigureAwait(false);
            }
            catch (InvalidOperationException ex)
            {
                await WriteAsync(context, w => w.WriteString("error", ex.Message), includeErrcode: false, status: StatusCodes.Status409Conflict).ConfigureAwait(false);
                return;
            }

            await WriteAsync(context, w =>
            {
                w.WriteString("transaction_id", payment.TransactionId);
                w.WriteBoolean("issued", payment.Member is not null);
                if (payment.RuleId is { } ruleId)
                {
                    w.WriteNumber("rule_id", ruleId);
                }

                if (payment.Member is { } member)
                {
                    w.WriteString("card_id", member.CardId);
                    w.WriteString("user_card_code", member.Code);
                    w.WriteString("openid", member.OpenId);
                }

                w.WriteStartArray("pushes");
                foreach (var (push, name) in payment.Pushes.Zip(PaymentEvents))
                {
                    w.WriteStartObject();
                    w.WriteString("event", name);
                    if (push.CallbackStatus is { } status)
                    {
                        w.WriteNumber("status", status);
                    }
                    else
                    {
                        w.WriteNull("status");
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }, includeErrcode: false).ConfigureAwait(false);
        }));
}
