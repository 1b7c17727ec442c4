namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// <c>purchase_information</c> of a card template: what a paid card costs and where it is bought (for the
/// <see cref="CardType.Purchase"/> type, which WeChat Pay does not accept yet).
/// </summary>
public sealed record CardPurchaseInformation
{
    /// <summary><c>price</c>: the price in fen (1/100 yuan).</summary>
    public long? Price { get; set; }

    /// <summary><c>jump_appid</c>: the mini program where the card is bought (at most 32 characters).</summary>
    [JsonPropertyName("jump_appid")]
    public string? JumpAppId { get; set; }

    /// <summary><c>jump_path</c>: the page in it (at most 128 characters).</summary>
    public string? JumpPath { get; set; }

    /// <summary>Checks the documented limits, naming fields under <paramref name="field"/>.</summary>
    internal void Validate(string field)
    {
        if (Price is { } price)
        {
            FieldRules.InRange(price, 0, long.MaxValue, field + ".price");
        }

        FieldRules.Optional(JumpAppId, field + ".jump_appid", 32);
        FieldRules.Optional(JumpPath, field + ".jump_path", 128);
    }
}
