namespace MemberCards.Sdk.WeChat;

/// <content>The limits of the messages that carry a card: customer-service messages, mass messages and their preview.</content>
internal static partial class WeChatRequestValidator
{
    /// <summary>The fewest openids <c>cgi-bin/message/mass/send</c> takes.</summary>
    public const int MinMassOpenIds = 2;

    /// <summary>The most openids <c>cgi-bin/message/mass/send</c> takes.</summary>
    public const int MaxMassOpenIds = 10_000;

    /// <summary>The most bytes of a mass message's <c>clientmsgid</c>.</summary>
    public const int MaxClientMsgIdBytes = 64;

    /// <summary>The most bytes of an openid the SDK sends.</summary>
    private const int MaxOpenIdBytes = 32;

    public static void ValidateCardMessage(WeChatSendCardMessageRequest request)
    {
        Required(request.ToUser, "touser", MaxOpenIdBytes);
    }

    public static void ValidateMassSendFilter(WeChatMassSendCardRequest request)
    {
        if (request.Filter is not { } filter)
        {
            throw Missing("filter");
        }

        if (!filter.IsToAll && filter.TagId is null)
        {
            throw Invalid("filter.tag_id", "is required unless filter.is_to_all is true (send to every follower).");
        }

        if (filter.TagId < 0)
        {
            throw Invalid("filter.tag_id", $"must not be negative, got {filter.TagId}.");
        }
    }

    public static void ValidateMassSendUsers(WeChatMassSendCardToUsersRequest request)
    {
        if (request.ToUser is not { } users || users.Count is < MinMassOpenIds or > MaxMassOpenIds)
        {
            throw Invalid("touser", $"must hold {MinMassOpenIds} to {MaxMassOpenIds} openids, got {request.ToUser?.Count ?? 0}; send one user a customer-service message or a preview.");
        }

        for (var i = 0; i < users.Count; i++)
        {
            Required(users[i], $"touser[{i}]", MaxOpenIdBytes);
        }
    }

    public static void ValidatePreview(WeChatPreviewCardMessageRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.ToUser) && string.IsNullOrWhiteSpace(request.ToWxName))
        {
            throw Invalid("touser", "name the follower: touser (openid) or towxname (WeChat id).");
        }

        Optional(request.ToUser, "touser", MaxOpenIdBytes);
        Optional(request.ToWxName, "towxname", MaxOpenIdBytes);
    }

    public static void ValidateClientMsgId(string? clientMsgId) => Optional(clientMsgId, "clientmsgid", MaxClientMsgIdBytes);

    public static void ValidateWxCard(WeChatCardMessage? card)
    {
        if (card is null)
        {
            throw Missing("wxcard");
        }

        Required(card.CardId, "wxcard.card_id", 32);
        if (card.CardExt is { } ext && string.IsNullOrWhiteSpace(ext))
        {
            throw Invalid("wxcard.card_ext", "must be the cardExt JSON string or unset.");
        }
    }
}
