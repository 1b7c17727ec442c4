using System.Runtime.CompilerServices;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatCardClient"/>: every endpoint is one <see cref="SendAsync"/> of its request to its
/// <see cref="IWeChatApi"/> method (the wire contract), over the registration's pipeline, which adds the access_token
/// and maps errcodes to exceptions.
/// </summary>
internal sealed class WeChatCardClient(IWeChatApi api, string appId, ILogger logger, TimeProvider time) : IWeChatCardClient
{
    public string AppId { get; } = appId;

    public Task<WeChatCreateCardResponse> CreateMemberCardAsync(WeChatCreateMemberCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.CreateCardAsync(Envelope(r.MemberCard), ct), cancellationToken);

    public Task<WeChatResponse> SetTestWhiteListAsync(WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.SetTestWhiteListAsync, cancellationToken);

    public Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync(WeChatCreateQrCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.CreateQrCodeAsync, cancellationToken);

    public Task<WeChatUploadImageResponse> UploadImageAsync(WeChatUploadImageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.UploadImageAsync(WeChatImageForm.Of(r), ct), cancellationToken);

    public Task<WeChatResponse> ActivateMemberCardAsync(WeChatActivateMemberCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.ActivateMemberCardAsync, cancellationToken);

    public Task<WeChatResponse> SetActivateUserFormAsync(WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.SetActivateUserFormAsync, cancellationToken);

    public Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync(WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetActivateTempInfoAsync, cancellationToken);

    public Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync(WeChatGetMemberInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetMemberInfoAsync, cancellationToken);

    public Task<WeChatUpdateMemberResponse> UpdateMemberAsync(WeChatUpdateMemberRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.UpdateMemberAsync, cancellationToken);

    public Task<WeChatGetCardResponse> GetCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetCardAsync, cancellationToken);

    public Task<WeChatUpdateCardResponse> UpdateCardAsync(WeChatUpdateCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.UpdateCardAsync(Warned(r), ct), cancellationToken);

    public Task<WeChatGetCodeResponse> GetCodeAsync(WeChatGetCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetCodeAsync, cancellationToken);

    public Task<WeChatDecryptCodeResponse> DecryptCodeAsync(WeChatDecryptCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.DecryptCodeAsync, cancellationToken);

    public Task<WeChatResponse> DeleteCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.DeleteCardAsync, cancellationToken);

    public Task<WeChatResponse> MakeCodeUnavailableAsync(WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.MakeCodeUnavailableAsync, cancellationToken);

    public Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync(WeChatCreateLandingPageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.CreateLandingPageAsync, cancellationToken);

    public Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetMpNewsHtmlAsync, cancellationToken);

    public Task<WeChatGetUserCardListResponse> GetUserCardListAsync(WeChatGetUserCardListRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetUserCardListAsync, cancellationToken);

    public Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync(WeChatBatchGetCardsRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.BatchGetCardsAsync, cancellationToken);

    public Task<WeChatResponse> ModifyStockAsync(WeChatModifyStockRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.ModifyStockAsync, cancellationToken);

    public Task<WeChatDepositCodesResponse> DepositCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => InChunksAsync(r, api.DepositCodesAsync, all => new() { SuccCode = [.. all.SelectMany(a => a.SuccCode ?? [])], DuplicateCode = [.. all.SelectMany(a => a.DuplicateCode ?? [])], FailCode = [.. all.SelectMany(a => a.FailCode ?? [])] }, ct), cancellationToken);

    public Task<WeChatGetDepositCountResponse> GetDepositCountAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetDepositCountAsync, cancellationToken);

    public Task<WeChatCheckCodesResponse> CheckCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => InChunksAsync(r, api.CheckCodesAsync, all => new() { ExistCode = [.. all.SelectMany(a => a.ExistCode ?? [])], NotExistCode = [.. all.SelectMany(a => a.NotExistCode ?? [])] }, ct), cancellationToken);

    public Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync(WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.AddPayGiftCardRuleAsync, cancellationToken);

    public Task<WeChatResponse> DeletePayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.DeletePayGiftCardRuleAsync, cancellationToken);

    public Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.GetPayGiftCardRuleAsync, cancellationToken);

    public Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync(WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.BatchGetPayGiftCardRulesAsync, cancellationToken);

    public Task<WeChatAddPayGiftCardRuleResponse> ReplacePayGiftCardRuleAsync(long ruleId, WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => ReplaceAsync(ruleId, r, ct), cancellationToken);

    public Task<WeChatCardBizDataResponse> GetCardBizDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.GetCardBizDataAsync(BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatCardCardDataResponse> GetCardCardDataAsync(WeChatCardCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.GetCardCardDataAsync(BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.GetMemberCardDataAsync(BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync(WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (r, ct) => api.GetMemberCardDetailDataAsync(BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatResponse> SendCardMessageAsync(WeChatSendCardMessageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.SendCardMessageAsync, cancellationToken);

    public Task<WeChatMassSendResponse> MassSendCardAsync(WeChatMassSendCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.MassSendCardAsync, cancellationToken);

    public Task<WeChatMassSendResponse> MassSendCardToUsersAsync(WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.MassSendCardToUsersAsync, cancellationToken);

    public Task<WeChatMassSendResponse> PreviewCardMessageAsync(WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, api.PreviewCardMessageAsync, cancellationToken);

    /// <summary>
    /// The one way every endpoint is called: the request must not be null and must pass its documented limits (both
    /// thrown before anything is sent, synchronously), then <paramref name="call"/> sends it; a JSON <c>null</c> answer is
    /// <see cref="MemberCardsFormatException"/> naming the operation (the calling method's name without <c>Async</c>).
    /// </summary>
    private static Task<TResponse> SendAsync<TRequest, TResponse>(TRequest request, Func<TRequest, CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken, [CallerMemberName] string operation = "")
        where TRequest : class, IValidatedRequest
        where TResponse : WeChatResponse
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return AnswerOf(call(request, cancellationToken), operation);
    }

    private static async Task<TResponse> AnswerOf<TResponse>(Task<TResponse> call, string operation)
        where TResponse : WeChatResponse
        => await call.ConfigureAwait(false)
            ?? throw new MemberCardsFormatException(WeChatConstants.ServiceName, "the answer of " + (operation.EndsWith("Async", StringComparison.Ordinal) ? operation[..^"Async".Length] : operation), "$", "The body is JSON null.");

    /// <summary>
    /// Sends a validated code list in calls of at most <see cref="WeChatRequestValidator.MaxCodesPerCall"/>, one after
    /// the other, and merges the answers in order; an error stops at the call that failed (the earlier ones took effect).
    /// </summary>
    private static async Task<TResponse> InChunksAsync<TResponse>(WeChatCardCodesRequest request, Func<WeChatCardCodesRequest, CancellationToken, Task<TResponse>> call, Func<List<TResponse>, TResponse> merge, CancellationToken cancellationToken, [CallerMemberName] string operation = "")
        where TResponse : WeChatResponse
    {
        var answers = new List<TResponse>();
        foreach (var codes in request.Codes!.Chunk(WeChatRequestValidator.MaxCodesPerCall))
        {
            answers.Add(await AnswerOf(call(new WeChatCardCodesRequest { CardId = request.CardId, Codes = codes }, cancellationToken), operation).ConfigureAwait(false));
        }

        return answers.Count == 1 ? answers[0] : merge(answers);
    }

    /// <summary>
    /// <c>card/paygiftcard/delete</c> of <paramref name="ruleId"/> (checked before anything is sent), then
    /// <c>card/paygiftcard/add</c> of the validated <paramref name="request"/>: WeChat has no update call. A failure of the
    /// add leaves no rule, and the exception says so.
    /// </summary>
    private async Task<WeChatAddPayGiftCardRuleResponse> ReplaceAsync(long ruleId, WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken)
    {
        var old = new WeChatPayGiftCardRuleIdRequest { RuleId = ruleId };
        await DeletePayGiftCardRuleAsync(old, cancellationToken).ConfigureAwait(false);
        try
        {
            return await AddPayGiftCardRuleAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MemberCardsException or HttpRequestException or OperationCanceledException)
        {
            throw new MemberCardsException(WeChatConstants.ServiceName, $"The 支付即会员 rule {ruleId} was deleted, but adding its replacement failed, so no rule now covers its merchant ids; add the rule again. {ex.Message}", ex);
        }
    }

    /// <summary>The card figures' last rule, which needs the clock: no figures exist for today (China Standard Time, on the host's <see cref="TimeProvider"/>).</summary>
    private TRequest BeforeToday<TRequest>(TRequest request, string? endDate)
    {
        WeChatRequestValidator.ValidateEndedBeforeToday(endDate!, time.GetUtcNow());
        return request;
    }

    private CardEnvelope Envelope(WeChatMemberCard card)
    {
        WarnIgnoredActivation(card);
        return new CardEnvelope { Card = new CardBody { CardType = WeChatConstants.MemberCardType, MemberCard = card } };
    }

    private WeChatUpdateCardRequest Warned(WeChatUpdateCardRequest request)
    {
        WarnIgnoredActivation(request.MemberCard!);
        return request;
    }

    private void WarnIgnoredActivation(WeChatMemberCard card)
    {
        if (WeChatRequestValidator.IgnoredActivationFields(card) is { } ignored)
        {
            WeChatLog.ActivationFieldIgnored(logger, AppId, ignored.Ignored, ignored.Winner);
        }
    }
}
