using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The <see cref="IWeChatPayBrandCardClient"/> over an <see cref="HttpClient"/> whose handlers sign and verify.</summary>
internal sealed class WeChatPayBrandCardClient(HttpClient http, WeChatPayMerchant merchant) : IWeChatPayBrandCardClient
{
    private const string Family = "v3/brand/partner/card-member/";
    private const string Service = "WeChatPay";

    public async Task<UserCard> GetUserCardAsync(GetUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = $"{Family}user-cards/{Path(request.UserCardCode)}?brand_id={Query(request.BrandId)}&card_id={Query(request.CardId)}&openid={Query(request.OpenId)}";
        var card = await SendAsync(HttpMethod.Get, uri, null, null, WeChatPayJson.UserCard, "get user card", cancellationToken).ConfigureAwait(false);
        return DecryptCard(card);
    }

    public async Task<UserCard> UpdateUserCardAsync(UpdateUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = $"{Family}user-cards/{Path(request.UserCardCode)}?card_id={Query(request.CardId)}";
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var body = JsonSerializer.SerializeToUtf8Bytes(request, WeChatPayJson.UpdateUserCardRequest);
        var card = await SendAsync(HttpMethod.Patch, uri, body, serial, WeChatPayJson.UserCard, "update user card", cancellationToken).ConfigureAwait(false);
        return DecryptCard(card);
    }

    public async Task<UserCardPage> ListUserCardsAsync(ListUserCardsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfNegative(request.Offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Limit, 20);
        var uri = new StringBuilder($"{Family}user-cards?brand_id={Query(request.BrandId)}&openid={Query(request.OpenId)}");
        if (request.UserCardState is { } state)
        {
            uri.Append("&user_card_state=").Append(WireEnum.ToWire(state));
        }

        uri.Append(CultureInfo.InvariantCulture, $"&offset={request.Offset}&limit={request.Limit}");
        var page = await SendAsync(HttpMethod.Get, uri.ToString(), null, null, WeChatPayJson.UserCardPage, "list user cards", cancellationToken).ConfigureAwait(false);
        return merchant.Cipher.Attach(page);
    }

    public async Task<UserCard> ConfirmUserCardAsync(ConfirmUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = $"{Family}user-cards/{Path(request.UserCardCode)}/confirm";
        (request, var serial) = await merchant.Cipher.SealAsync(request, cancellationToken).ConfigureAwait(false);

        var body = JsonSerializer.SerializeToUtf8Bytes(request, WeChatPayJson.ConfirmUserCardRequest);
        var card = await SendAsync(HttpMethod.Post, uri, body, serial, WeChatPayJson.UserCard, "confirm user card", cancellationToken).ConfigureAwait(false);
        return DecryptCard(card);
    }

    public async Task<UserCard> InvalidateUserCardAsync(InvalidateUserCardRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = $"{Family}user-cards/{Path(request.UserCardCode)}/invalidate";
        var body = JsonSerializer.SerializeToUtf8Bytes(request, WeChatPayJson.InvalidateUserCardRequest);
        var card = await SendAsync(HttpMethod.Post, uri, body, null, WeChatPayJson.UserCard, "invalidate user card", cancellationToken).ConfigureAwait(false);
        return DecryptCard(card);
    }

    public Task<CardTemplate> CreateCardTemplateAsync(CardTemplate template, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentException.ThrowIfNullOrEmpty(template.BrandId, nameof(template));
        var body = JsonSerializer.SerializeToUtf8Bytes(template, WeChatPayJson.CardTemplate);
        return SendAsync(HttpMethod.Post, $"{Family}cards", body, null, WeChatPayJson.CardTemplate, "create card template", cancellationToken);
    }

    public Task<CardTemplate> GetCardTemplateAsync(string brandId, string cardId, CancellationToken cancellationToken = default)
        => SendAsync(HttpMethod.Get, $"{Family}cards/{Path(cardId)}?brand_id={Query(brandId)}", null, null, WeChatPayJson.CardTemplate, "get card template", cancellationToken);

    public Task<CardTemplatePage> ListCardTemplatesAsync(string brandId, int offset = 0, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return SendAsync(HttpMethod.Get, string.Create(CultureInfo.InvariantCulture, $"{Family}cards?brand_id={Query(brandId)}&offset={offset}&limit={limit}"), null, null, WeChatPayJson.CardTemplatePage, "list card templates", cancellationToken);
    }

    public Task<CardTemplate> UpdateCardTemplateAsync(string cardId, CardTemplate changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentException.ThrowIfNullOrEmpty(changes.BrandId, nameof(changes));
        var body = JsonSerializer.SerializeToUtf8Bytes(changes, WeChatPayJson.CardTemplate);
        return SendAsync(HttpMethod.Patch, $"{Family}cards/{Path(cardId)}", body, null, WeChatPayJson.CardTemplate, "update card template", cancellationToken);
    }

    public Task DeleteCardTemplateAsync(string brandId, string cardId, CancellationToken cancellationToken = default)
        => SendAsync<object>(HttpMethod.Delete, $"{Family}cards/{Path(cardId)}?brand_id={Query(brandId)}", null, null, null, "delete card template", cancellationToken);

    private static string Path(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    private static string Query(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    private UserCard DecryptCard(UserCard card) => merchant.Cipher.Attach(card);

    private async Task<T> SendAsync<T>(HttpMethod method, string uri, byte[]? body, string? serial, JsonTypeInfo<T>? typeInfo, string operation, CancellationToken cancellationToken)
    {
        // The activity name is only built when someone listens.
        using var activity = MemberCardsTelemetry.ActivitySource.HasListeners()
            ? MemberCardsTelemetry.ActivitySource.StartActivity("WeChatPay " + operation, ActivityKind.Client)
            : null;
        var started = Stopwatch.GetTimestamp();
        var outcome = "exception";
        try
        {
            using var request = new WeChatPayRequestMessage(method, uri, operation);
            if (body is not null)
            {
                request.Content = new JsonBodyContent(body);
            }

            if (serial is not null)
            {
                request.Headers.TryAddWithoutValidation(WeChatPayHeaders.Serial, serial);
            }

            HttpResponseMessage response;
            try
            {
                // The verification handler reads (and, for 2xx, verifies) the whole body inside the pipeline, so
                // HttpClient need not buffer it a second time.
                response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException)
            {
                if (method == HttpMethod.Get)
                {
                    throw new MemberCardsException(Service, $"WeChat Pay could not be reached for '{operation}' ({ex.Message}).", ex);
                }

                throw new MemberCardsOutcomeUnknownException(Service, operation, null, ex);
            }

            T result;
            using (response)
            {
                var bytes = response.Content is BufferedBodyContent buffered
                    ? buffered.Body
                    : await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    throw WeChatPayErrors.FromResponse(response, bytes);
                }

                result = typeInfo is null ? default! : MemberCardsJson.Deserialize(bytes, typeInfo, Service);
            }

            outcome = "success";
            return result;
        }
        catch (WeChatPayApiException ex)
        {
            outcome = ex.ErrorCode ?? "error";
            throw;
        }
        finally
        {
            activity?.SetTag("outcome", outcome);
            MemberCardsTelemetry.RequestDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("service", Service),
                new KeyValuePair<string, object?>("operation", operation),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
