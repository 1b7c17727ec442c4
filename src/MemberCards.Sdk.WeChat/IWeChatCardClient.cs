namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The Official Account card API for member cards (<c>api.weixin.qq.com/card/...</c>). Every request is
/// checked against the documented limits before it is sent (<see cref="MemberCardsValidationException"/>);
/// an errcode other than 0 throws <see cref="MemberCardsApiException"/> with the errcode, errmsg and rid.
/// </summary>
public interface IWeChatCardClient
{
    /// <summary>The AppId this client calls for.</summary>
    string AppId { get; }

    /// <summary><c>POST /card/create</c> with card_type <c>MEMBER_CARD</c>.</summary>
    /// <param name="request">The member card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new card id.</returns>
    Task<WeChatCreateCardResponse> CreateMemberCardAsync(WeChatCreateMemberCardRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/testwhitelist/set</c>: replaces the testers who may pick up unreviewed cards.</summary>
    /// <param name="request">At most 10 openids and usernames in total.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> SetTestWhiteListAsync(WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/qrcode/create</c>.</summary>
    /// <param name="request">The QR request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ticket and addresses; <see cref="WeChatQrCodeImage.UrlFor(string)"/> gives the image.</returns>
    Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync(WeChatCreateQrCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /cgi-bin/media/uploadimg</c>: uploads a logo or background image.</summary>
    /// <param name="request">The image.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The image URL to use in the card.</returns>
    Task<WeChatUploadImageResponse> UploadImageAsync(WeChatUploadImageRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/membercard/activate</c>.</summary>
    /// <param name="request">The activation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> ActivateMemberCardAsync(WeChatActivateMemberCardRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/membercard/activateuserform/set</c>.</summary>
    /// <param name="request">The form.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> SetActivateUserFormAsync(WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/membercard/activatetempinfo/get</c>.</summary>
    /// <param name="request">The activate_ticket.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The submitted form.</returns>
    Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync(WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/membercard/userinfo/get</c>.</summary>
    /// <param name="request">The card id and code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The member.</returns>
    Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync(WeChatGetMemberInfoRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/membercard/updateuser</c>.</summary>
    /// <param name="request">The change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The totals after the change.</returns>
    Task<WeChatUpdateMemberResponse> UpdateMemberAsync(WeChatUpdateMemberRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/get</c>.</summary>
    /// <param name="request">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The card.</returns>
    Task<WeChatGetCardResponse> GetCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/update</c>.</summary>
    /// <param name="request">The fields to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether the card went back to review.</returns>
    Task<WeChatUpdateCardResponse> UpdateCardAsync(WeChatUpdateCardRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/code/get</c>.</summary>
    /// <param name="request">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user card.</returns>
    Task<WeChatGetCodeResponse> GetCodeAsync(WeChatGetCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/code/decrypt</c>.</summary>
    /// <param name="request">The encrypt_code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The code.</returns>
    Task<WeChatDecryptCodeResponse> DecryptCodeAsync(WeChatDecryptCodeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/delete</c>: deletes the card type (cards already picked up stay valid).</summary>
    /// <param name="request">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> DeleteCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /card/code/unavailable</c>: invalidates one user card, irreversibly.</summary>
    /// <param name="request">The code.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> MakeCodeUnavailableAsync(WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates a card shelf (货架) page listing cards a user can pick up (<c>POST /card/landingpage/create</c>).</summary>
    /// <param name="request">The banner, title, scene and cards; validated before sending.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page's URL and id.</returns>
    Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync(WeChatCreateLandingPageRequest request, CancellationToken cancellationToken = default);

    /// <summary>The HTML snippet that embeds a card in an article for a mass send (<c>POST /card/mpnews/gethtml</c>).</summary>
    /// <param name="request">The card_id (a card without custom codes, or with deposited ones).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The snippet.</returns>
    Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>The codes one user holds, of every card of the AppId or of one (<c>POST /card/user/getcardlist</c>).</summary>
    /// <param name="request">The openid, and the card_id to narrow it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The codes with their card ids.</returns>
    Task<WeChatGetUserCardListResponse> GetUserCardListAsync(WeChatGetUserCardListRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of the AppId's card ids, optionally of some states only (<c>POST /card/batchget</c>).</summary>
    /// <param name="request">The offset, a count of at most 50, and the states.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total.</returns>
    Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync(WeChatBatchGetCardsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Adds to or takes from a card's stock (<c>POST /card/modifystock</c>); pick-ups consume the stock.</summary>
    /// <param name="request">The card and the change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> ModifyStockAsync(WeChatModifyStockRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Imports custom codes for a card in deposit mode (<c>POST /card/code/deposit</c>). WeChat takes at most 100 codes
    /// per call: a longer list is sent in calls of 100, in order, and the answers merged. Then check the import with
    /// <see cref="CheckCodesAsync"/> and set the stock with <see cref="ModifyStockAsync"/> to at most the codes imported.
    /// </summary>
    /// <param name="request">The card and its codes (any number, none empty).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The codes imported, duplicated and failed.</returns>
    Task<WeChatDepositCodesResponse> DepositCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>How many custom codes a card holds (<c>POST /card/code/getdepositcount</c>).</summary>
    /// <param name="request">The card id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    Task<WeChatGetDepositCountResponse> GetDepositCountAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>Which of the codes a card holds (<c>POST /card/code/checkcode</c>); a list longer than 100 is sent in calls of 100.</summary>
    /// <param name="request">The card and the codes to check.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The codes imported and not imported.</returns>
    Task<WeChatCheckCodesResponse> CheckCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds a 支付即会员 rule (<c>POST /card/paygiftcard/add</c>): after a WeChat Pay payment to one of its merchant ids,
    /// within its amount range and period, the payer is offered the member card. WeChat has no call that changes a
    /// rule: use <see cref="ReplacePayGiftCardRuleAsync"/>.
    /// </summary>
    /// <param name="request">The rule; validated before sending.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The rule id and the merchant ids taken. WeChat answers errcode 0 even when some merchant ids are held by another
    /// rule or AppId: those are in <see cref="WeChatAddPayGiftCardRuleResponse.FailMchIdList"/>, not thrown.
    /// </returns>
    Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync(WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes a 支付即会员 rule (<c>POST /card/paygiftcard/delete</c>).</summary>
    /// <param name="request">The rule id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    Task<WeChatResponse> DeletePayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>One 支付即会员 rule, with its state and times (<c>POST /card/paygiftcard/getbyid</c>).</summary>
    /// <param name="request">The rule id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rule.</returns>
    Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of the AppId's 支付即会员 rules, optionally only those in effect (<c>POST /card/paygiftcard/batchget</c>).</summary>
    /// <param name="request">The type, the offset, the count and the <c>effective</c> filter.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page and the total.</returns>
    Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync(WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Changes a 支付即会员 rule the only way WeChat allows: there is no update call, so this deletes the rule
    /// (<c>card/paygiftcard/delete</c>) and then adds <paramref name="request"/> (<c>card/paygiftcard/add</c>), which gets
    /// a new rule id. Both the rule id and the new rule are validated before anything is sent. It is not atomic: between
    /// the two calls no rule covers the merchant ids, and when the add fails after the delete succeeded the old rule is
    /// gone: the <see cref="MemberCardsException"/> thrown then says so, with the add's failure as its inner exception.
    /// A failed delete throws as <see cref="DeletePayGiftCardRuleAsync"/> does and adds nothing.
    /// </summary>
    /// <param name="ruleId">The rule to replace.</param>
    /// <param name="request">The rule that replaces it.</param>
    /// <param name="cancellationToken">Cancels the calls (a cancellation after the delete leaves no rule either).</param>
    /// <returns>The answer of the add, with the new rule id.</returns>
    Task<WeChatAddPayGiftCardRuleResponse> ReplacePayGiftCardRuleAsync(long ruleId, WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The AppId's card figures per day: views, pick-ups, consumptions, gifts, expiries (<c>POST /datacube/getcardbizuininfo</c>).
    /// The dates are validated before sending: <c>yyyy-MM-dd</c>, at most 62 days counting both ends, and the
    /// last at most yesterday in China Standard Time (UTC+8), the day WeChat counts in, read from the host's
    /// <see cref="TimeProvider"/>; a <see cref="MemberCardsValidationException"/> names the field.
    /// </summary>
    /// <param name="request">The days and the card source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per day.</returns>
    Task<WeChatCardBizDataResponse> GetCardBizDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The figures of each card, or of one, per day (<c>POST /datacube/getcardcardinfo</c>); member cards are not counted
    /// here: see <see cref="GetMemberCardDataAsync"/>. The dates are validated before sending: <c>yyyy-MM-dd</c>, at most 62 days counting both ends, and the
    /// last at most yesterday in China Standard Time (UTC+8), the day WeChat counts in, read from the host's
    /// <see cref="TimeProvider"/>; a <see cref="MemberCardsValidationException"/> names the field.
    /// </summary>
    /// <param name="request">The days, the card source and the card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per card and day.</returns>
    Task<WeChatCardCardDataResponse> GetCardCardDataAsync(WeChatCardCardDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The AppId's member-card figures per day: pick-ups, activations, members (<c>POST /datacube/getcardmembercardinfo</c>).
    /// The dates are validated before sending: <c>yyyy-MM-dd</c>, at most 62 days counting both ends, and the
    /// last at most yesterday in China Standard Time (UTC+8), the day WeChat counts in, read from the host's
    /// <see cref="TimeProvider"/>; a <see cref="MemberCardsValidationException"/> names the field.
    /// </summary>
    /// <param name="request">The days and the card source.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per day.</returns>
    Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// One member card's figures per day, with its members' payments (<c>POST /datacube/getcardmembercarddetail</c>).
    /// The dates are validated before sending: <c>yyyy-MM-dd</c>, at most 62 days counting both ends, and the
    /// last at most yesterday in China Standard Time (UTC+8), the day WeChat counts in, read from the host's
    /// <see cref="TimeProvider"/>; a <see cref="MemberCardsValidationException"/> names the field. WeChat documents these limits for the other three calls; they are assumed for this one.
    /// </summary>
    /// <param name="request">The days and the card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>One entry per day.</returns>
    Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync(WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Hands one user a card in a customer-service message (<c>POST /cgi-bin/message/custom/send</c>, <c>msgtype</c>
    /// <c>wxcard</c>). WeChat delivers it only within <see cref="WeChatConstants.CustomerServiceWindow"/> (48 hours) after
    /// the user last interacted with the account; later it answers 45015, thrown as
    /// <see cref="WeChatCustomerServiceWindowException"/>. There is no passive reply with a card: answer a user's message
    /// with this call. The card must have no custom codes, or take them from deposited codes.
    /// </summary>
    /// <param name="request">The user and the card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>WeChat's answer.</returns>
    Task<WeChatResponse> SendCardMessageAsync(WeChatSendCardMessageRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Mass-sends a card to every follower or to the followers with a tag (<c>POST /cgi-bin/message/mass/sendall</c>,
    /// <c>msgtype</c> <c>wxcard</c>). Set <see cref="WeChatMassSendCardRequest.ClientMsgId"/> so that a repeated call is
    /// refused (45065) instead of sent twice.
    /// </summary>
    /// <param name="request">The audience, the card and your send id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The send job's <c>msg_id</c> and <c>msg_data_id</c>.</returns>
    Task<WeChatMassSendResponse> MassSendCardAsync(WeChatMassSendCardRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Mass-sends a card to a list of 2 to 10,000 followers (<c>POST /cgi-bin/message/mass/send</c>, <c>msgtype</c>
    /// <c>wxcard</c>); the list size is validated before sending.
    /// </summary>
    /// <param name="request">The openids, the card and your send id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The send job's <c>msg_id</c> and <c>msg_data_id</c>.</returns>
    Task<WeChatMassSendResponse> MassSendCardToUsersAsync(WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sends the card message to one follower to check it before a mass send (<c>POST /cgi-bin/message/mass/preview</c>, <c>msgtype</c> <c>wxcard</c>).</summary>
    /// <param name="request">The follower (openid or WeChat id) and the card.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The preview's <c>msg_id</c>.</returns>
    Task<WeChatMassSendResponse> PreviewCardMessageAsync(WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken = default);
}
