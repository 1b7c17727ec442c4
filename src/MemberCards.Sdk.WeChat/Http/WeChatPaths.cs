namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The path of every WeChat endpoint the SDK calls, written once: <see cref="IWeChatApi"/> declares its calls with them and
/// the emulator (<c>MemberCards.Sdk.Testing</c>) serves them, so the two cannot drift apart. Each constant is named after
/// the <see cref="IWeChatApi"/> method that calls it; a query the SDK always sends is added by that method.
/// </summary>
internal static class WeChatPaths
{
    /// <summary><c>GET /cgi-bin/token</c>.</summary>
    public const string GetClassicToken = "/cgi-bin/token";

    /// <summary><c>POST /cgi-bin/stable_token</c>.</summary>
    public const string GetStableToken = "/cgi-bin/stable_token";

    /// <summary><c>GET /cgi-bin/ticket/getticket</c>.</summary>
    public const string GetTicket = "/cgi-bin/ticket/getticket";

    /// <summary><c>POST /card/create</c>.</summary>
    public const string CreateCard = "/card/create";

    /// <summary><c>POST /card/testwhitelist/set</c>.</summary>
    public const string SetTestWhiteList = "/card/testwhitelist/set";

    /// <summary><c>POST /card/qrcode/create</c>.</summary>
    public const string CreateQrCode = "/card/qrcode/create";

    /// <summary><c>POST /cgi-bin/media/uploadimg</c>.</summary>
    public const string UploadImage = "/cgi-bin/media/uploadimg";

    /// <summary><c>POST /card/membercard/activate</c>.</summary>
    public const string ActivateMemberCard = "/card/membercard/activate";

    /// <summary><c>POST /card/membercard/activateuserform/set</c>.</summary>
    public const string SetActivateUserForm = "/card/membercard/activateuserform/set";

    /// <summary><c>POST /card/membercard/activatetempinfo/get</c>.</summary>
    public const string GetActivateTempInfo = "/card/membercard/activatetempinfo/get";

    /// <summary><c>POST /card/membercard/userinfo/get</c>.</summary>
    public const string GetMemberInfo = "/card/membercard/userinfo/get";

    /// <summary><c>POST /card/membercard/updateuser</c>.</summary>
    public const string UpdateMember = "/card/membercard/updateuser";

    /// <summary><c>POST /card/get</c>.</summary>
    public const string GetCard = "/card/get";

    /// <summary><c>POST /card/update</c>.</summary>
    public const string UpdateCard = "/card/update";

    /// <summary><c>POST /card/code/get</c>.</summary>
    public const string GetCode = "/card/code/get";

    /// <summary><c>POST /card/code/decrypt</c>.</summary>
    public const string DecryptCode = "/card/code/decrypt";

    /// <summary><c>POST /card/delete</c>.</summary>
    public const string DeleteCard = "/card/delete";

    /// <summary><c>POST /card/code/unavailable</c>.</summary>
    public const string MakeCodeUnavailable = "/card/code/unavailable";

    /// <summary><c>POST /card/landingpage/create</c>.</summary>
    public const string CreateLandingPage = "/card/landingpage/create";

    /// <summary><c>POST /card/mpnews/gethtml</c>.</summary>
    public const string GetMpNewsHtml = "/card/mpnews/gethtml";

    /// <summary><c>POST /card/user/getcardlist</c>.</summary>
    public const string GetUserCardList = "/card/user/getcardlist";

    /// <summary><c>POST /card/batchget</c>.</summary>
    public const string BatchGetCards = "/card/batchget";

    /// <summary><c>POST /card/modifystock</c>.</summary>
    public const string ModifyStock = "/card/modifystock";

    /// <summary><c>POST /card/code/deposit</c>.</summary>
    public const string DepositCodes = "/card/code/deposit";

    /// <summary><c>POST /card/code/getdepositcount</c>.</summary>
    public const string GetDepositCount = "/card/code/getdepositcount";

    /// <summary><c>POST /card/code/checkcode</c>.</summary>
    public const string CheckCodes = "/card/code/checkcode";

    /// <summary><c>POST /card/paygiftcard/add</c>.</summary>
    public const string AddPayGiftCardRule = "/card/paygiftcard/add";

    /// <summary><c>POST /card/paygiftcard/delete</c>.</summary>
    public const string DeletePayGiftCardRule = "/card/paygiftcard/delete";

    /// <summary><c>POST /card/paygiftcard/getbyid</c>.</summary>
    public const string GetPayGiftCardRule = "/card/paygiftcard/getbyid";

    /// <summary><c>POST /card/paygiftcard/batchget</c>.</summary>
    public const string BatchGetPayGiftCardRules = "/card/paygiftcard/batchget";

    /// <summary><c>POST /datacube/getcardbizuininfo</c>.</summary>
    public const string GetCardBizData = "/datacube/getcardbizuininfo";

    /// <summary><c>POST /datacube/getcardcardinfo</c>.</summary>
    public const string GetCardCardData = "/datacube/getcardcardinfo";

    /// <summary><c>POST /datacube/getcardmembercardinfo</c>.</summary>
    public const string GetMemberCardData = "/datacube/getcardmembercardinfo";

    /// <summary><c>POST /datacube/getcardmembercarddetail</c>.</summary>
    public const string GetMemberCardDetailData = "/datacube/getcardmembercarddetail";

    /// <summary><c>POST /cgi-bin/message/custom/send</c>.</summary>
    public const string SendCardMessage = "/cgi-bin/message/custom/send";

    /// <summary><c>POST /cgi-bin/message/mass/sendall</c>.</summary>
    public const string MassSendCard = "/cgi-bin/message/mass/sendall";

    /// <summary><c>POST /cgi-bin/message/mass/send</c>.</summary>
    public const string MassSendCardToUsers = "/cgi-bin/message/mass/send";

    /// <summary><c>POST /cgi-bin/message/mass/preview</c>.</summary>
    public const string PreviewCardMessage = "/cgi-bin/message/mass/preview";
}
