namespace MemberCards.Sdk.WeChat;

/// <summary>The body of card/landingpage/create: a card shelf (货架) page listing cards a user can pick up.</summary>
public sealed class WeChatCreateLandingPageRequest : IValidatedRequest
{
    /// <summary>The banner image URL (from media/uploadimg; 640×300 suggested). Required.</summary>
    public string? Banner { get; set; }

    /// <summary>The page title. Required.</summary>
    public string? PageTitle { get; set; }

    /// <summary>Whether the page may be shared.</summary>
    public bool CanShare { get; set; }

    /// <summary>Where the page is placed. Required.</summary>
    public WeChatLandingPageScene Scene { get; set; }

    /// <summary>The cards on the shelf (at least one).</summary>
    public IList<WeChatLandingPageCard> CardList { get; set; } = [];

    /// <inheritdoc/>
    void IValidatedRequest.Validate() => WeChatRequestValidator.ValidateLandingPage(this);
}
