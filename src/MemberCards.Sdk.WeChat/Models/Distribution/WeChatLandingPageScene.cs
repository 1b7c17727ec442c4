namespace MemberCards.Sdk.WeChat;

/// <summary>Where a card shelf (landing page) is placed (<c>scene</c> of card/landingpage/create).</summary>
[JsonConverter(typeof(WireEnumConverter<WeChatLandingPageScene>))]
public enum WeChatLandingPageScene
{
    /// <summary>A value this SDK does not know; never sent.</summary>
    Unknown = 0,

    /// <summary><c>SCENE_NEAR_BY</c>: nearby.</summary>
    [JsonStringEnumMemberName("SCENE_NEAR_BY")]
    NearBy,

    /// <summary><c>SCENE_MENU</c>: a custom menu.</summary>
    [JsonStringEnumMemberName("SCENE_MENU")]
    Menu,

    /// <summary><c>SCENE_QRCODE</c>: a QR code.</summary>
    [JsonStringEnumMemberName("SCENE_QRCODE")]
    QrCode,

    /// <summary><c>SCENE_ARTICLE</c>: an article.</summary>
    [JsonStringEnumMemberName("SCENE_ARTICLE")]
    Article,

    /// <summary><c>SCENE_H5</c>: a web page.</summary>
    [JsonStringEnumMemberName("SCENE_H5")]
    H5,

    /// <summary><c>SCENE_IVR</c>: an automatic reply.</summary>
    [JsonStringEnumMemberName("SCENE_IVR")]
    Ivr,

    /// <summary><c>SCENE_CARD_CUSTOM_CELL</c>: a card's custom cell.</summary>
    [JsonStringEnumMemberName("SCENE_CARD_CUSTOM_CELL")]
    CardCustomCell,
}
