namespace MemberCards.Sdk.WeChat;

/// <content>The limits of the card-management calls: user card lists, card pages, stock and custom-code import.</content>
internal static partial class WeChatRequestValidator
{
    /// <summary>The most codes one <c>card/code/deposit</c> or <c>card/code/checkcode</c> call takes.</summary>
    public const int MaxCodesPerCall = 100;

    public static void ValidateCardCodes(WeChatCardCodesRequest request)
    {
        Required(request.CardId, "card_id", 32);
        if (request.Codes is not { Count: > 0 } codes)
        {
            throw Invalid("code", "needs at least one code.");
        }

        for (var i = 0; i < codes.Count; i++)
        {
            Required(codes[i], $"code[{i}]", 20);
        }
    }

    /// <summary>The most card ids <c>card/batchget</c> returns per page.</summary>
    public const int MaxBatchGetCount = 50;

    public static void ValidateUserCardList(WeChatGetUserCardListRequest request)
    {
        Required(request.OpenId, "openid", 32);
        Optional(request.CardId, "card_id", 32);
    }

    public static void ValidateBatchGet(WeChatBatchGetCardsRequest request)
    {
        if (request.Offset < 0)
        {
            throw Invalid("offset", $"must not be negative, got {request.Offset}.");
        }

        if (request.Count is < 1 or > MaxBatchGetCount)
        {
            throw Invalid("count", $"must be 1 to {MaxBatchGetCount}, got {request.Count}.");
        }

        if (request.StatusList?.Contains(WeChatCardStatus.Unknown) == true)
        {
            throw Invalid("status_list", "Unknown cannot be sent.");
        }
    }

    public static void ValidateModifyStock(WeChatModifyStockRequest request)
    {
        Required(request.CardId, "card_id", 32);
        if (request.IncreaseStockValue < 0 || request.ReduceStockValue < 0)
        {
            throw Invalid(request.IncreaseStockValue < 0 ? "increase_stock_value" : "reduce_stock_value", "must not be negative.");
        }

        if ((request.IncreaseStockValue ?? 0) == 0 && (request.ReduceStockValue ?? 0) == 0)
        {
            throw Invalid("increase_stock_value", "set increase_stock_value or reduce_stock_value to more than 0.");
        }
    }

    private static MemberCardsValidationException Invalid(string path, string message)
        => new(WeChatConstants.ServiceName, path, message);
}
