namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Where each user-card field stands in the JSON the SDK writes (<c>[JsonPropertyOrder]</c>), so that
/// <see cref="UserCardContent"/> and the records deriving from it write their fields in one agreed order, whichever
/// type declares them: identifying fields, then the content block with the type's own fields between its parts, then
/// the answer-only fields.
/// </summary>
internal static class UserCardWireOrder
{
    public const int UserCardCode = 1;
    public const int BrandIdInRequests = 2;
    public const int CardId = 3;
    public const int OpenId = 4;
    public const int ConfirmState = 5;
    public const int CardColor = 10;
    public const int CardPictureUrl = 11;
    public const int BrandIdInCards = 12;
    public const int CardType = 13;
    public const int PhoneNumber = 20;
    public const int Level = 21;
    public const int ValidDateInformation = 22;
    public const int PickupTime = 23;
    public const int UserInformation = 30;
    public const int Attach = 31;
    public const int UserCardState = 40;
    public const int InvalidReason = 41;
    public const int InvalidTime = 42;
    public const int CreateTime = 43;
    public const int ModifyTime = 44;
}
