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

    /// <summary>The wire contract, for the static lambdas of the endpoints (a method group would be a new delegate per call).</summary>
    private IWeChatApi Api => api;

    public Task<WeChatCreateCardResponse> CreateMemberCardAsync(WeChatCreateMemberCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.CreateCardAsync(c.Envelope(r.MemberCard), ct), cancellationToken);

    public Task<WeChatResponse> SetTestWhiteListAsync(WeChatSetTestWhiteListRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.SetTestWhiteListAsync(r, ct), cancellationToken);

    public Task<WeChatCreateQrCodeResponse> CreateQrCodeAsync(WeChatCreateQrCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.CreateQrCodeAsync(r, ct), cancellationToken);

    public Task<WeChatUploadImageResponse> UploadImageAsync(WeChatUploadImageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.UploadImageAsync(WeChatImageForm.Of(r), ct), cancellationToken);

    public Task<WeChatResponse> ActivateMemberCardAsync(WeChatActivateMemberCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.ActivateMemberCardAsync(r, ct), cancellationToken);

    public Task<WeChatResponse> SetActivateUserFormAsync(WeChatSetActivateUserFormRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.SetActivateUserFormAsync(r, ct), cancellationToken);

    public Task<WeChatGetActivateTempInfoResponse> GetActivateTempInfoAsync(WeChatGetActivateTempInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetActivateTempInfoAsync(r, ct), cancellationToken);

    public Task<WeChatGetMemberInfoResponse> GetMemberInfoAsync(WeChatGetMemberInfoRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetMemberInfoAsync(r, ct), cancellationToken);

    public Task<WeChatUpdateMemberResponse> UpdateMemberAsync(WeChatUpdateMemberRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.UpdateMemberAsync(r, ct), cancellationToken);

    public Task<WeChatGetCardResponse> GetCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetCardAsync(r, ct), cancellationToken);

    public Task<WeChatUpdateCardResponse> UpdateCardAsync(WeChatUpdateCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.UpdateCardAsync(c.Warned(r), ct), cancellationToken);

    public Task<WeChatGetCodeResponse> GetCodeAsync(WeChatGetCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetCodeAsync(r, ct), cancellationToken);

    public Task<WeChatDecryptCodeResponse> DecryptCodeAsync(WeChatDecryptCodeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.DecryptCodeAsync(r, ct), cancellationToken);

    public Task<WeChatResponse> DeleteCardAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.DeleteCardAsync(r, ct), cancellationToken);

    public Task<WeChatResponse> MakeCodeUnavailableAsync(WeChatMakeCodeUnavailableRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.MakeCodeUnavailableAsync(r, ct), cancellationToken);

    public Task<WeChatCreateLandingPageResponse> CreateLandingPageAsync(WeChatCreateLandingPageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.CreateLandingPageAsync(r, ct), cancellationToken);

    public Task<WeChatGetMpNewsHtmlResponse> GetMpNewsHtmlAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetMpNewsHtmlAsync(r, ct), cancellationToken);

    public Task<WeChatGetUserCardListResponse> GetUserCardListAsync(WeChatGetUserCardListRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetUserCardListAsync(r, ct), cancellationToken);

    public Task<WeChatBatchGetCardsResponse> BatchGetCardsAsync(WeChatBatchGetCardsRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.BatchGetCardsAsync(r, ct), cancellationToken);

    public Task<WeChatResponse> ModifyStockAsync(WeChatModifyStockRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.ModifyStockAsync(r, ct), cancellationToken);

    public Task<WeChatDepositCodesResponse> DepositCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => InChunksAsync(r, c.Api.DepositCodesAsync, all => new() { SuccCode = [.. all.SelectMany(a => a.SuccCode ?? [])], DuplicateCode = [.. all.SelectMany(a => a.DuplicateCode ?? [])], FailCode = [.. all.SelectMany(a => a.FailCode ?? [])] }, ct), cancellationToken);

    public Task<WeChatGetDepositCountResponse> GetDepositCountAsync(WeChatCardIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetDepositCountAsync(r, ct), cancellationToken);

    public Task<WeChatCheckCodesResponse> CheckCodesAsync(WeChatCardCodesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => InChunksAsync(r, c.Api.CheckCodesAsync, all => new() { ExistCode = [.. all.SelectMany(a => a.ExistCode ?? [])], NotExistCode = [.. all.SelectMany(a => a.NotExistCode ?? [])] }, ct), cancellationToken);

    public Task<WeChatAddPayGiftCardRuleResponse> AddPayGiftCardRuleAsync(WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.AddPayGiftCardRuleAsync(r, ct), cancellationToken);

    public Task<WeChatResponse> DeletePayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.DeletePayGiftCardRuleAsync(r, ct), cancellationToken);

    public Task<WeChatGetPayGiftCardRuleResponse> GetPayGiftCardRuleAsync(WeChatPayGiftCardRuleIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetPayGiftCardRuleAsync(r, ct), cancellationToken);

    public Task<WeChatBatchGetPayGiftCardRulesResponse> BatchGetPayGiftCardRulesAsync(WeChatBatchGetPayGiftCardRulesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.BatchGetPayGiftCardRulesAsync(r, ct), cancellationToken);

    public Task<WeChatAddPayGiftCardRuleResponse> ReplacePayGiftCardRuleAsync(long ruleId, WeChatAddPayGiftCardRuleRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, (c, r, ct) => c.ReplaceAsync(ruleId, r, ct), cancellationToken);

    public Task<WeChatCardBizDataResponse> GetCardBizDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetCardBizDataAsync(c.BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatCardCardDataResponse> GetCardCardDataAsync(WeChatCardCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetCardCardDataAsync(c.BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatMemberCardDataResponse> GetMemberCardDataAsync(WeChatCardDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetMemberCardDataAsync(c.BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatMemberCardDetailDataResponse> GetMemberCardDetailDataAsync(WeChatMemberCardDetailDataRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.GetMemberCardDetailDataAsync(c.BeforeToday(r, r.EndDate), ct), cancellationToken);

    public Task<WeChatResponse> SendCardMessageAsync(WeChatSendCardMessageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.SendCardMessageAsync(r, ct), cancellationToken);

    public Task<WeChatMassSendResponse> MassSendCardAsync(WeChatMassSendCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.MassSendCardAsync(r, ct), cancellationToken);

    public Task<WeChatMassSendResponse> MassSendCardToUsersAsync(WeChatMassSendCardToUsersRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.MassSendCardToUsersAsync(r, ct), cancellationToken);

    public Task<WeChatMassSendResponse> PreviewCardMessageAsync(WeChatPreviewCardMessageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, ct) => c.Api.PreviewCardMessageAsync(r, ct), cancellationToken);

    /// <summary>
    /// The one way every endpoint is called: the request must not be null and must pass its documented limits (both
    /// thrown before anything is sent, synchronously), then <paramref name="call"/> sends it; a JSON <c>null</c> answer is
    /// <see cref="MemberCardsFormatException"/> naming the operation (the calling method's name without <c>Async</c>).
    /// </summary>
    private Task<TResponse> SendAsync<TRequest, TResponse>(TRequest request, Func<WeChatCardClient, TRequest, CancellationToken, Task<TResponse>> call, CancellationToken cancellationToken, [CallerMemberName] string operation = "")
        where TRequest : class, IValidatedRequest
        where TResponse : WeChatResponse
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        return AnswerOf(call(this, request, cancellationToken), operation);
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
