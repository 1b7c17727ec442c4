namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Where each field of the member a card-member body names stands (<c>[JsonPropertyOrder]</c>), whichever record
/// declares it: fields a type puts before the member (<see cref="Lead"/>), then <c>brand_id</c>, <c>card_id</c>,
/// <c>openid</c> and <c>user_card_code</c>, then the type's other fields in the order declared (the default order, 0).
/// A body that names the card before the user puts its code at <see cref="UserCardCodeBeforeOpenId"/>.
/// </summary>
internal static class CardMemberWireOrder
{
    public const int Lead = -6;
    public const int BrandId = -5;
    public const int CardId = -4;
    public const int UserCardCodeBeforeOpenId = -3;
    public const int OpenId = -2;
    public const int UserCardCode = -1;
}
