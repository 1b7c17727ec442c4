using System.Net.Http.Headers;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.Testing.Youzan;

/// <summary>
/// Plays Youzan's push service: builds correctly signed SCRM_CARD, SCRM_CUSTOMER_CARD, custom and
/// health-check pushes shaped like the real ones (form-encoded <c>msg</c>, <c>+</c> for spaces, the field
/// order of Youzan's samples), and POSTs them to a push endpoint, re-sending like Youzan until acknowledged.
/// </summary>
public sealed class YouzanPushEmulator : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly string clientSecret;
    private readonly HttpClient http;
    private readonly bool ownsHttp;

    /// <summary>Creates an emulator for one app.</summary>
    /// <param name="clientId">The app's client_id.</param>
    /// <param name="clientSecret">The app's client_secret, which signs every push.</param>
    /// <param name="httpClient">The client to POST with, or <see langword="null"/> for a new one owned by the emulator.</param>
    public YouzanPushEmulator(string clientId, string clientSecret, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(clientId);
        ArgumentException.ThrowIfNullOrEmpty(clientSecret);
        ClientId = clientId;
        this.clientSecret = clientSecret;
        ownsHttp = httpClient is null;
        http = httpClient ?? new HttpClient();
    }

    /// <summary>The app's client_id.</summary>
    public string ClientId { get; }

    /// <summary>Classic (body sign) or Cloud (<c>Event-Sign</c> header and <c>msg_id</c>) pushes.</summary>
    public YouzanPushStyle Style { get; init; } = YouzanPushStyle.Classic;

    /// <summary>The shop id sent as <c>kdt_id</c>.</summary>
    public long KdtId { get; init; } = 164932;

    /// <summary>The shop name sent as <c>kdt_name</c>.</summary>
    public string KdtName { get; init; } = "墨鱼小课堂";

    /// <summary>A SCRM_CARD push (merchant-side card event).</summary>
    /// <param name="cardAlias">The card alias (also the push <c>id</c>).</param>
    /// <param name="status">The status as sent, such as <c>CARD_CREATED</c> or the sample spelling <c>CREATE_CARD</c>.</param>
    /// <param name="eventTime">The event time; its Unix seconds are the <c>version</c> unless one is given.</param>
    /// <param name="version">The version, or <see langword="null"/> for the event time in Unix seconds.</param>
    /// <returns>The push.</returns>
    public YouzanPushDelivery CardPush(string cardAlias, string status, DateTimeOffset eventTime, long? version = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardAlias);
        var msg = WriteJson(w =>
        {
            w.WriteString("card_alias", cardAlias);
            w.WriteString("event_time", FormatChinaTime(eventTime));
        });
        return Push(MemberCards.Sdk.Youzan.YouzanConstants.ScrmCardType, status, cardAlias, msg, version ?? eventTime.ToUnixTimeSeconds());
    }

    /// <summary>A SCRM_CUSTOMER_CARD push (a customer got or lost a card).</summary>
    /// <param name="cardNo">The customer's card number (also the push <c>id</c>).</param>
    /// <param name="cardAlias">The card alias.</param>
    /// <param name="status">The status as sent, such as <c>CUSTOMER_CARD_TAKEN</c> or the sample spelling <c>CUSTOMER_TAKE_CARD</c>.</param>
    /// <param name="mobile">The customer's phone number, or <see langword="null"/> (then sent as an empty string).</param>
    /// <param name="fansId">The fan id (0 when a mobile is sent).</param>
    /// <param name="fansType">The fan type (0 when a mobile is sent).</param>
    /// <param name="eventTime">The event time; its Unix seconds are the <c>version</c> unless one is given.</param>
    /// <param name="version">The version, or <see langword="null"/> for the event time in Unix seconds.</param>
    /// <returns>The push.</returns>
    public YouzanPushDelivery CustomerCardPush(string cardNo, string cardAlias, string status, string? mobile, long fansId, int fansType, DateTimeOffset eventTime, long? version = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(cardNo);
        var msg = WriteJson(w =>
        {
            w.WriteNumber("fans_id", fansId);
            w.WriteNumber("fans_type", fansType);
            w.WriteString("mobile", mobile ?? string.Empty);
            w.WriteString("card_alias", cardAlias);
            w.WriteString("card_no", cardNo);
            w.WriteString("event_time", FormatChinaTime(eventTime));
        });
        return Push(MemberCards.Sdk.Youzan.YouzanConstants.ScrmCustomerCardType, status, cardNo, msg, version ?? eventTime.ToUnixTimeSeconds());
    }

    /// <summary>A push of any type with a given message JSON (form-encoded into <c>msg</c>).</summary>
    /// <param name="type">The push type.</param>
    /// <param name="status">The status, or <see langword="null"/> for none (POINTS pushes have none).</param>
    /// <param name="id">The business key.</param>
    /// <param name="messageJson">The message JSON, before encoding.</param>
    /// <param name="version">The version.</param>
    /// <returns>The push.</returns>
    public YouzanPushDelivery Push(string type, string? status, string id, string messageJson, long version)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(messageJson);
        var encoded = YouzanFormEncoding.Encode(messageJson);
        var messageId = Style == YouzanPushStyle.Cloud ? Guid.NewGuid().ToString("N") : null;
        YouzanPushDelivery Render(int sendCount)
        {
            var body = Encoding.UTF8.GetBytes(WriteJson(w =>
            {
                w.WriteString("msg", encoded);
                w.WriteString("kdt_name", KdtName);
                w.WriteBoolean("test", false);
                w.WriteString("sign", YouzanSignature.Compute(ClientId, encoded, clientSecret));
                w.WriteNumber("sendCount", sendCount);
                w.WriteString("type", type);
                w.WriteNumber("version", version);
                w.WriteString("client_id", ClientId);
                w.WriteNumber("mode", 1);
                w.WriteNumber("kdt_id", KdtId);
                w.WriteString("id", id);
                if (status is not null)
                {
                    w.WriteString("status", status);
                }

                if (messageId is not null)
                {
                    w.WriteString("msg_id", messageId);
                }
            }));
            return new YouzanPushDelivery(body, HeadersFor(body, type), messageId, sendCount, Render);
        }

        return Render(0);
    }

    /// <summary>The health check Youzan sends to see whether the endpoint is alive: <c>{"test":true}</c>, unsigned.</summary>
    /// <returns>The push.</returns>
    public static YouzanPushDelivery HealthCheck()
        => new("""{"test":true}"""u8.ToArray(), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase), null, 0, null);

    /// <summary>POSTs one push to an endpoint.</summary>
    /// <param name="endpoint">The push endpoint.</param>
    /// <param name="delivery">The push.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>What the endpoint answered.</returns>
    public async Task<YouzanPushResponse> SendAsync(Uri endpoint, YouzanPushDelivery delivery, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(delivery);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ReadOnlyMemoryContent(delivery.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in delivery.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return new YouzanPushResponse((int)response.StatusCode, body);
    }

    /// <summary>
    /// POSTs a push and, while it is not acknowledged, re-sends it (<see cref="YouzanPushDelivery.AsRetry"/>)
    /// up to <paramref name="maxRetries"/> times, as Youzan's classic schedule does (3 retries). The emulator
    /// does not wait between attempts: tests must not depend on the clock.
    /// </summary>
    /// <param name="endpoint">The push endpoint.</param>
    /// <param name="delivery">The first delivery.</param>
    /// <param name="maxRetries">How many re-sends at most.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>Every answer, in order; the last one is acknowledged unless the retries ran out.</returns>
    public async Task<IReadOnlyList<YouzanPushResponse>> DeliverAsync(Uri endpoint, YouzanPushDelivery delivery, int maxRetries = 3, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        var responses = new List<YouzanPushResponse>();
        var current = delivery;
        while (true)
        {
            var response = await SendAsync(endpoint, current, cancellationToken).ConfigureAwait(false);
            responses.Add(response);
            if (response.Acknowledged || responses.Count > maxRetries)
            {
                return responses;
            }

            current = current.AsRetry();
        }
    }

    /// <summary>Disposes the HTTP client when the emulator created it.</summary>
    public void Dispose()
    {
        if (ownsHttp)
        {
            http.Dispose();
        }
    }

    private Dictionary<string, string> HeadersFor(byte[] body, string type)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Style == YouzanPushStyle.Cloud)
        {
            headers[MemberCards.Sdk.Youzan.YouzanConstants.EventSignHeader] = YouzanSignature.Compute(ClientId, Encoding.UTF8.GetString(body), clientSecret);
            headers["Event-Type"] = type;
            headers["Client-Id"] = ClientId;
        }

        return headers;
    }

    private static string FormatChinaTime(DateTimeOffset time)
        => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private static string WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
