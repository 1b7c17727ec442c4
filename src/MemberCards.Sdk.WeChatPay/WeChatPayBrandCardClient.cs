using System.Runtime.CompilerServices;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The <see cref="IWeChatPayBrandCardClient"/>: every operation is one call of <see cref="SendAsync"/>, which checks the
/// request by its own rules (<see cref="IValidatedRequest"/>), encrypts its sensitive fields, and decrypts those of the
/// answer, around one call of the Refit interface <see cref="IWeChatPayApi"/> over the merchant's pipeline (retry,
/// signing, verification, error mapping, telemetry). A brand registration's calls go to the brand-direct family
/// instead (<see cref="WeChatPayBrandDirectApi"/>), their bodies without <c>brand_id</c>.
/// </summary>
internal sealed class WeChatPayBrandCardClient(IWeChatPayApi api, IWeChatPayBrandApi brandApi, WeChatPayMerchant merchant) : IWeChatPayBrandCardClient
{
    /// <summary>The family's interface: the partner one, or for a brand registration the brand-direct family behind the same contract.</summary>
    private readonly IWeChatPayApi brandDirect = new WeChatPayBrandDirectApi(brandApi);

    private IWeChatPayApi Api => merchant.Options.Family == WeChatPayFamily.Brand ? brandDirect : api;

    /// <summary>
    /// The brand-direct interface, for an operation only the brand-direct pages document (the reverse of
    /// <see cref="WeChatPayBrandDirectApi"/>'s undocumented operations): a partner registration fails with a
    /// <see cref="NotSupportedException"/> naming the operation and the setting, before anything is sent.
    /// </summary>
    private IWeChatPayBrandApi BrandOnly([CallerMemberName] string operation = "")
        => merchant.Options.Family == WeChatPayFamily.Brand
            ? brandApi
            : throw new NotSupportedException($"{operation} is not available to a partner registration (WeChatPayOptions.Family = Partner): the partner family (/v3/brand/partner/card-member) documents no path for it. Use a brand registration (Family = Brand) for it.");

    public Task<UserCard> GetUserCardAsync(GetUserCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.GetUserCardAsync(r.UserCardCode, r.BrandId, r.CardId, r.OpenId, ct), cancellationToken);

    public Task<UserCard> UpdateUserCardAsync(UpdateUserCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, serial, ct) => c.Api.UpdateUserCardAsync(r.UserCardCode, r.CardId, c.Body(r), serial, ct), cancellationToken);

    public Task<WeChatPayPage<UserCard>> ListUserCardsAsync(ListUserCardsRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.ListUserCardsAsync(r.BrandId, r.OpenId, r.UserCardState is { } state ? WireEnum.ToWire(state) : null, r.Offset, r.Limit, ct), cancellationToken);

    public Task<UserCard> ConfirmUserCardAsync(ConfirmUserCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, serial, ct) => c.Api.ConfirmUserCardAsync(r.UserCardCode, c.Body(r), serial, ct), cancellationToken);

    public Task<UserCard> InvalidateUserCardAsync(InvalidateUserCardRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.InvalidateUserCardAsync(r.UserCardCode, r.BrandId, r.CardId, c.Body(r), ct), cancellationToken);

    public Task<CardTemplate> CreateCardTemplateAsync(CreateCardTemplateRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.CreateCardTemplateAsync(c.Body(r), ct), cancellationToken);

    public Task<CardTemplate> GetCardTemplateAsync(GetCardTemplateRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.GetCardTemplateAsync(r.CardId, r.BrandId, ct), cancellationToken);

    public Task<WeChatPayPage<CardTemplate>> ListCardTemplatesAsync(ListCardTemplatesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.ListCardTemplatesAsync(r.BrandId, NullIfEmpty(r.State), r.Offset, r.Limit, ct), cancellationToken);

    public Task<CardTemplate> UpdateCardTemplateAsync(UpdateCardTemplateRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.UpdateCardTemplateAsync(r.CardId, c.Body(r), ct), cancellationToken);

    public Task DeleteCardTemplateAsync(DeleteCardTemplateRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static async (c, r, _, ct) => { await c.Api.DeleteCardTemplateAsync(r.CardId, r.BrandId, ct).ConfigureAwait(false); return r; }, cancellationToken);

    public Task<CardTemplate> InvalidateCardTemplateAsync(InvalidateCardTemplateRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.InvalidateCardTemplateAsync(r.CardId, c.Body(r), ct), cancellationToken);

    public Task<UserCard> ImportUserCardByOpenIdAsync(ImportUserCardByOpenIdRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, serial, ct) => c.Api.ImportUserCardByOpenIdAsync(c.Body(r), serial, ct), cancellationToken);

    public Task<UserCard> ImportUserCardByPhoneAsync(ImportUserCardByPhoneRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, serial, ct) => c.Api.ImportUserCardByPhoneAsync(c.Body(r), serial, ct), cancellationToken);

    public Task<MemberToken> CreatePreAuthTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.CreatePreAuthTokenAsync(c.Body(r), ct), cancellationToken);

    public Task<MemberToken> CreatePayViewTokenAsync(CreateMemberTokenRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.CreatePayViewTokenAsync(c.Body(r), ct), cancellationToken);

    public Task<UserFeed> CreateUserFeedAsync(CreateUserFeedRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.CreateUserFeedAsync(c.Body(r), ct), cancellationToken);

    public Task<UserPointBalance> SyncUserPointsAsync(SyncUserPointsRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.SyncUserPointsAsync(c.Body(r), ct), cancellationToken);

    public Task<PointExchangeConfirmation> ConfirmPointExchangeAsync(ConfirmPointExchangeRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.ConfirmPointExchangeAsync(c.Body(r), ct), cancellationToken);

    public Task<UploadedImage> UploadImageAsync(UploadImageRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.BrandOnly().UploadImageAsync(ImageUploadContent.Of(r), ct), cancellationToken);

    public Task<MembershipActivity> CreateMembershipActivityAsync(CreateMembershipActivityRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.CreateMembershipActivityAsync(c.Body(r), ct), cancellationToken);

    public Task<WeChatPayPage<MembershipActivity>> ListMembershipActivitiesAsync(ListMembershipActivitiesRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.ListMembershipActivitiesAsync(r.BrandId, NullIfEmpty(r.CardId), NullIfEmpty(r.ActivityState), r.Offset, r.Limit, ct), cancellationToken);

    public Task<MembershipActivity> GetMembershipActivityAsync(GetMembershipActivityRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.GetMembershipActivityAsync(r.ActivityId, r.BrandId, ct), cancellationToken);

    public Task<MembershipActivity> UpdateMembershipActivityAsync(UpdateMembershipActivityRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.UpdateMembershipActivityAsync(r.ActivityId, c.Body(r), ct), cancellationToken);

    public Task<MembershipActivity> TerminateMembershipActivityAsync(TerminateMembershipActivityRequest request, CancellationToken cancellationToken = default)
        => SendAsync(request, static (c, r, _, ct) => c.Api.TerminateMembershipActivityAsync(r.ActivityId, c.Body(r), ct), cancellationToken);

    /// <summary>
    /// The one way every operation goes: the request checked by its own rules (nothing is sent when it fails; the
    /// <c>brand_id</c> of one that names a brand by the registration's family, <see cref="BrandScope"/>), its
    /// sensitive fields encrypted when it carries card content (with the <c>Wechatpay-Serial</c> of the key, given to
    /// <paramref name="call"/>), the call made, and the answer required and its sensitive fields made readable.
    /// Every <paramref name="call"/> is a static lambda (the client and the token are passed in), so a call allocates
    /// no closure or delegate; an answer already at hand when the call returns (a buffered, verified body) is made
    /// readable in place and the call's own task is returned, so the facade adds no task of its own (issue 18).
    /// Failures surface in the returned task, never thrown from this method, as from an async method.
    /// </summary>
    private Task<TAnswer> SendAsync<TRequest, TAnswer>(TRequest request, Func<WeChatPayBrandCardClient, TRequest, string?, CancellationToken, Task<TAnswer>> call, CancellationToken cancellationToken, [CallerMemberName] string operation = "")
        where TRequest : class, IValidatedRequest
        where TAnswer : class
    {
        Task<TAnswer> pending;
        try
        {
            ArgumentNullException.ThrowIfNull(request);
            if (request is IBrandScopedRequest scoped)
            {
                scoped.Validate(BrandScope.Of(merchant));
            }
            else
            {
                request.Validate();
            }

            if (request is UserCardContent)
            {
                return SealAndSendAsync(request, call, cancellationToken, operation);
            }

            pending = call(this, request, null, cancellationToken);
            if (pending.IsCompletedSuccessfully && pending.Result is { } answer && ReferenceEquals(Readable(answer), answer))
            {
                return pending;
            }
        }
        catch (Exception ex)
        {
            return FailedAsync<TAnswer>(ex);
        }

        return AnswerAsync(pending, operation);
    }

    /// <summary>A request with card content: its sensitive fields sealed first, then sent as every other.</summary>
    private async Task<TAnswer> SealAndSendAsync<TRequest, TAnswer>(TRequest request, Func<WeChatPayBrandCardClient, TRequest, string?, CancellationToken, Task<TAnswer>> call, CancellationToken cancellationToken, string operation)
        where TRequest : class, IValidatedRequest
        where TAnswer : class
    {
        var (content, serial) = await merchant.Cipher.SealAsync((UserCardContent)(object)request, cancellationToken).ConfigureAwait(false);
        return await AnswerAsync(call(this, (TRequest)(object)content, serial, cancellationToken), operation).ConfigureAwait(false);
    }

    /// <summary>The answer of a call still under way (or failed, or null): required, then made readable.</summary>
    private async Task<TAnswer> AnswerAsync<TAnswer>(Task<TAnswer> pending, string operation)
        where TAnswer : class
    {
        // A verified 2xx answer with no body (or null) where a model is expected is malformed input, never a NullReferenceException.
        var answer = await pending.ConfigureAwait(false)
            ?? throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "the answer of " + operation[..^"Async".Length], "$", "the body is empty or null where an object is expected.");
        return Readable(answer);
    }

    /// <summary>An answer with its sensitive fields tied to the merchant key (the same object: nothing is decrypted or copied).</summary>
    private TAnswer Readable<TAnswer>(TAnswer answer)
        where TAnswer : class
        => answer switch
        {
            UserCard card => (TAnswer)(object)merchant.Cipher.Attach(card),
            WeChatPayPage<UserCard> page => (TAnswer)(object)merchant.Cipher.Attach(page),
            _ => answer,
        };

    /// <summary>A failure before anything was under way, surfaced as an async method surfaces it (a cancellation as a canceled task).</summary>
    private static async Task<TAnswer> FailedAsync<TAnswer>(Exception failure) => await Task.FromException<TAnswer>(failure).ConfigureAwait(false);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>
    /// The exact UTF-8 body to sign and send. A request the serializer refuses (a value without a wire name, say)
    /// is a <see cref="MemberCardsValidationException"/> naming the JSON path, never a raw serializer exception, and nothing is sent.
    /// </summary>
    private MemberCardsJsonContent Body<T>(T value)
        => MemberCardsJsonContent.Of(value, WeChatPayJson.BodyOf<T>(merchant.Options.Family), charSet: null);
}
