using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>
/// An emulator of the Official Account card API on a real loopback HTTP server: issues access tokens that
/// expire (and can be revoked to provoke 40001), checks card/create bodies against the documented required
/// fields and limits, keeps cards, codes and members in memory, and pushes signed (optionally encrypted)
/// event XML to a callback URL.
/// </summary>
public sealed partial class WeChatEmulator : IAsyncDisposable
{
    // Pushes to the callback URL, and the browser's side of a page's wx.addCard (AddCardFromPageAsync).
    private static readonly HttpClient PushClient = new();
    private readonly object gate = new();
    private readonly WeChatEmulatorOptions options;
    private readonly Dictionary<string, IssuedToken> tokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> stableTokenOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> latestClassicTokenOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> tokenRequests = new(StringComparer.Ordinal);
    private readonly HashSet<string> stickyApps = new(StringComparer.Ordinal);
    private int forcedRefreshes;
    private EmulatorHost? host;
    private bool ownsHost = true;

    internal WeChatEmulator(WeChatEmulatorOptions options)
    {
        this.options = options;
    }

    /// <summary>The emulator's address; use it as <c>WeChatCardsOptions.BaseAddress</c>.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The underlying server: recorded requests and fault script.</summary>
    public EmulatorHost Host => host ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>Every request received so far.</summary>
    public IReadOnlyList<RecordedRequest> Requests => Host.Requests;

    /// <summary>The number of <c>force_refresh</c> stable-token calls answered.</summary>
    public int ForcedRefreshes => Volatile.Read(ref forcedRefreshes);

    /// <summary>Starts an emulator.</summary>
    /// <param name="configure">Sets the emulator's options (apps, clock, callback URL ...).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<WeChatEmulator> StartAsync(Action<WeChatEmulatorOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var options = new WeChatEmulatorOptions();
        configure?.Invoke(options);
        var emulator = new WeChatEmulator(options);
        emulator.host = await EmulatorHost.StartAsync(emulator.MapRoutes, cancellationToken: cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Registers an Official Account.</summary>
    /// <param name="appId">The AppId.</param>
    /// <param name="appSecret">The AppSecret.</param>
    public void AddApp(string appId, string appSecret)
    {
        lock (gate)
        {
            options.Apps[appId] = appSecret;
        }
    }

    /// <summary>How many token requests (both endpoints) the emulator answered for <paramref name="appId"/>, or for all apps.</summary>
    /// <param name="appId">The AppId, or <see langword="null"/> for all.</param>
    /// <returns>The count.</returns>
    public int TokenRequestCount(string? appId = null)
    {
        lock (gate)
        {
            return appId is null ? tokenRequests.Values.Sum() : tokenRequests.GetValueOrDefault(appId);
        }
    }

    /// <summary>
    /// Revokes every token of <paramref name="appId"/>: calls with them answer 40001. With
    /// <paramref name="stickyStableToken"/> the stable endpoint keeps returning the revoked token until a
    /// <c>force_refresh</c> call (a leaked-token scenario); otherwise it issues a new one.
    /// </summary>
    /// <param name="appId">The AppId.</param>
    /// <param name="stickyStableToken">Keep handing out the revoked stable token in normal mode.</param>
    public void RevokeTokens(string appId, bool stickyStableToken = false)
    {
        lock (gate)
        {
            foreach (var token in tokens.Values.Where(t => t.AppId == appId))
            {
                token.Revoked = true;
            }

            if (stickyStableToken)
            {
                stickyApps.Add(appId);
            }
            else
            {
                stableTokenOf.Remove(appId);
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (host is not null && ownsHost)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Serves this emulator from a host it shares with other emulators (and does not stop).</summary>
    internal void UseSharedHost(EmulatorHost shared)
    {
        host = shared;
        ownsHost = false;
    }

    private DateTimeOffset Now => options.TimeProvider.GetUtcNow();

    internal void MapRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet(WeChatConstants.GetClassicTokenPath, (RequestDelegate)ClassicTokenAsync);
        app.MapPost(WeChatConstants.GetStableTokenPath, (RequestDelegate)StableTokenAsync);
        MapCardRoutes(app);
        MapTicketRoutes(app);
        MapDistributionRoutes(app);
        MapWebPageRoutes(app);
        MapMessageRoutes(app);
        MapPaymentRoutes(app);
        MapJsonRoutes(app, ManagementRoutes());
    }

    private async Task ClassicTokenAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var appId = query["appid"].ToString();
        var secret = query["secret"].ToString();
        if (query["grant_type"] != "client_credential")
        {
            await ErrorAsync(context, 40002, "invalid grant_type").ConfigureAwait(false);
            return;
        }

        string? issued = null;
        var error = 0;
        lock (gate)
        {
            error = AdmitTokenRequest(appId, secret);
            if (error == 0)
            {
                if (latestClassicTokenOf.TryGetValue(appId, out var previous) && tokens.TryGetValue(previous, out var old))
                {
                    var overlapEnd = Now.AddMinutes(5);
                    old.ExpiresAt = old.ExpiresAt < overlapEnd ? old.ExpiresAt : overlapEnd;
                }

                issued = Issue(appId);
                latestClassicTokenOf[appId] = issued;
            }
        }

        if (error != 0)
        {
            await ErrorAsync(context, error, error == WeChatErrorCodes.InvalidAppId ? "invalid appid" : "invalid credential, access_token is invalid or not latest").ConfigureAwait(false);
            return;
        }

        await WriteTokenAsync(context, issued!, options.TokenLifetimeSeconds).ConfigureAwait(false);
    }

    private async Task StableTokenAsync(HttpContext context)
    {
        using var body = await ReadJsonAsync(context).ConfigureAwait(false);
        if (body is null || body.RootElement.ValueKind != JsonValueKind.Object)
        {
            await ErrorAsync(context, WeChatErrorCodes.DataFormatError, "data format error").ConfigureAwait(false);
            return;
        }

        var root = body.RootElement;
        var appId = Text(root, "appid") ?? string.Empty;
        var secret = Text(root, "secret") ?? string.Empty;
        var force = root.TryGetProperty("force_refresh", out var f) && f.ValueKind == JsonValueKind.True;
        if (Text(root, "grant_type") != "client_credential")
        {
            await ErrorAsync(context, 40002, "invalid grant_type").ConfigureAwait(false);
            return;
        }

        string? token = null;
        long expiresIn = 0;
        var error = 0;
        lock (gate)
        {
            error = AdmitTokenRequest(appId, secret);
            if (error == 0)
            {
                if (force)
                {
                    forcedRefreshes++;
                    stickyApps.Remove(appId);
                    if (stableTokenOf.TryGetValue(appId, out var old) && tokens.TryGetValue(old, out var oldToken))
                    {
                        oldToken.Revoked = true;
                    }

                    stableTokenOf.Remove(appId);
                }

                if (stableTokenOf.TryGetValue(appId, out var current) && tokens.TryGetValue(current, out var existing)
                    && (stickyApps.Contains(appId) || (!existing.Revoked && existing.ExpiresAt - Now > TimeSpan.FromMinutes(5))))
                {
                    token = current;
                    expiresIn = Math.Max(300, (long)(existing.ExpiresAt - Now).TotalSeconds);
                }
                else
                {
                    token = Issue(appId);
                    stableTokenOf[appId] = token;
                    expiresIn = options.TokenLifetimeSeconds;
                }
            }
        }

        if (error != 0)
        {
            await ErrorAsync(context, error, error == WeChatErrorCodes.InvalidAppId ? "invalid appid" : "invalid appsecret").ConfigureAwait(false);
            return;
        }

        await WriteTokenAsync(context, token!, expiresIn).ConfigureAwait(false);
    }

    /// <summary>Checks a token request's AppId and secret and, when they match, counts it (under the state lock); returns 0 or the errcode.</summary>
    private int AdmitTokenRequest(string appId, string secret)
    {
        if (!options.Apps.TryGetValue(appId, out var expected))
        {
            return WeChatErrorCodes.InvalidAppId;
        }

        if (!string.Equals(expected, secret, StringComparison.Ordinal))
        {
            return WeChatErrorCodes.InvalidCredential;
        }

        tokenRequests[appId] = tokenRequests.GetValueOrDefault(appId) + 1;
        return 0;
    }

    private string Issue(string appId)
    {
        var token = RandomText(96);
        tokens[token] = new IssuedToken(appId, Now.AddSeconds(options.TokenLifetimeSeconds));
        return token;
    }

    /// <summary>Checks the access_token of a card call; returns the AppId or answers the error.</summary>
    private async Task<string?> AuthorizeAsync(HttpContext context)
    {
        var token = context.Request.Query[WeChatConstants.AccessTokenParameter].ToString();
        int error;
        string? appId = null;
        lock (gate)
        {
            if (string.IsNullOrEmpty(token))
            {
                error = WeChatErrorCodes.AccessTokenMissing;
            }
            else if (!tokens.TryGetValue(token, out var issued))
            {
                error = WeChatErrorCodes.InvalidAccessToken;
            }
            else if (issued.Revoked)
            {
                error = WeChatErrorCodes.InvalidCredential;
            }
            else if (Now >= issued.ExpiresAt)
            {
                error = WeChatErrorCodes.AccessTokenExpired;
            }
            else
            {
                error = 0;
                appId = issued.AppId;
            }
        }

        if (error != 0)
        {
            var message = error switch
            {
                WeChatErrorCodes.AccessTokenMissing => "access_token missing",
                WeChatErrorCodes.InvalidAccessToken => "invalid access_token",
                WeChatErrorCodes.AccessTokenExpired => "access_token expired",
                _ => "invalid credential, access_token is invalid or not latest",
            };
            await ErrorAsync(context, error, message).ConfigureAwait(false);
        }

        return appId;
    }

    private static async Task WriteTokenAsync(HttpContext context, string token, long expiresIn)
        => await WriteAsync(context, w =>
        {
            w.WriteString("access_token", token);
            w.WriteNumber("expires_in", expiresIn);
        }, includeErrcode: false).ConfigureAwait(false);

    private static async Task<JsonDocument?> ReadJsonAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer).ConfigureAwait(false);
        try
        {
            return JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task ErrorAsync(HttpContext context, int code, string message)
        => await WriteAsync(context, w => { }, code, $"{message} rid: {RandomRid()}").ConfigureAwait(false);

    private static async Task WriteAsync(HttpContext context, Action<Utf8JsonWriter> write, int errcode = 0, string errmsg = "ok", bool includeErrcode = true, int status = StatusCodes.Status200OK)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            if (includeErrcode)
            {
                writer.WriteNumber("errcode", errcode);
                writer.WriteString("errmsg", errmsg);
            }

            write(writer);
            writer.WriteEndObject();
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; encoding=utf-8";
        await context.Response.Body.WriteAsync(buffer.ToArray()).ConfigureAwait(false);
    }

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string RandomText(int length)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        return RandomNumberGenerator.GetString(alphabet, length);
    }

    private static string RandomDigits(int length) => RandomNumberGenerator.GetString("0123456789", length);

    private static string RandomRid()
        => string.Create(CultureInfo.InvariantCulture, $"{RandomNumberGenerator.GetHexString(8, true)}-{RandomNumberGenerator.GetHexString(8, true)}-{RandomNumberGenerator.GetHexString(8, true)}");

    private static int Utf8Length(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);

    private sealed class IssuedToken(string appId, DateTimeOffset expiresAt)
    {
        public string AppId { get; } = appId;

        public DateTimeOffset ExpiresAt { get; set; } = expiresAt;

        public bool Revoked { get; set; }
    }
}
