namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>
/// An in-process WeChat Pay APIv3 (brand member cards) on real HTTP: verifies the SDK's <c>Authorization</c> with
/// the merchant public key (401 <c>SIGN_ERROR</c> with <c>sign_information</c>), keeps user cards and templates in
/// memory, signs every answer with a platform certificate or the public key, encrypts sensitive fields to the
/// merchant key, serves <c>/v3/certificates</c>, sends signed encrypted notifications, and misbehaves on request.
/// </summary>
public sealed partial class WeChatPayEmulator : IAsyncDisposable
{
    /// <summary>How many request targets <see cref="RequestTargets"/> keeps (the oldest are dropped).</summary>
    public const int MaxRecordedTargets = 1024;
    private readonly WeChatPayEmulatorOptions options;
    private readonly List<WeChatPayTestKey> platformKeys = [];
    private readonly List<WeChatPayTestKey> ownedKeys = [];
    private readonly ConcurrentDictionary<string, JsonObject> cards = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, WeChatPayTestKey> additionalMerchantKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, JsonObject> templates = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<WeChatPayMisbehavior> misbehaviors = new();
    private readonly ConcurrentQueue<string> requestTargets = new();
    private readonly ConcurrentQueue<string> userFeeds = new();
    private readonly object gate = new();
    private EmulatorHost? host;
    private bool ownsHost = true;
    private int certificateDownloads;
    // (key, id): the current public key, and the one before the last rotation.
    private Tuple<WeChatPayTestKey, string> publicKey;
    private Tuple<WeChatPayTestKey, string>? previousPublicKey;
    private int templateCounter;

    internal WeChatPayEmulator(WeChatPayEmulatorOptions options)
    {
        this.options = options;
        MerchantKey = options.MerchantKey ?? Own(WeChatPayTestKey.Create("merchant"));
        publicKey = Tuple.Create(options.PublicKey ?? Own(WeChatPayTestKey.Create("wechatpay public key")), options.PublicKeyId);
        platformKeys.Add(options.PlatformKey ?? Own(WeChatPayTestKey.Create("wechatpay platform")));
    }

    /// <summary>The emulator's address; use it as <see cref="WeChatPayOptions.BaseAddress"/>.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    /// <summary>The HTTP host (recorded requests, scripted faults such as 5xx and delays).</summary>
    public EmulatorHost Host => host ?? throw new InvalidOperationException("The emulator is not started.");

    /// <summary>The merchant id.</summary>
    public string MerchantId => options.MerchantId;

    /// <summary>
    /// The brand the brand-direct family serves (the brand of <see cref="SampleUserCard"/>): a request there must be
    /// signed <c>WECHATPAY-BRAND-SHA256-RSA2048 brand_id="1004"</c> with the merchant API key and carry the public key id.
    /// </summary>
    public const string BrandId = "1004";

    /// <summary>The merchant API key (give <see cref="WeChatPayTestKey.PrivateKeyPem"/> and its serial to the SDK).</summary>
    public WeChatPayTestKey MerchantKey { get; }

    /// <summary>The WeChat Pay public key (the newest, after <see cref="RotatePublicKey"/>).</summary>
    public WeChatPayTestKey PublicKey => Volatile.Read(ref publicKey).Item1;

    /// <summary>The WeChat Pay public key id (the newest, after <see cref="RotatePublicKey"/>).</summary>
    public string PublicKeyId => Volatile.Read(ref publicKey).Item2;

    /// <summary>The merchant's APIv3 key.</summary>
    public string ApiV3Key => options.ApiV3Key;

    /// <summary>The platform certificates <c>/v3/certificates</c> lists, oldest first.</summary>
    public IReadOnlyList<WeChatPayTestKey> PlatformKeys
    {
        get
        {
            lock (gate)
            {
                return [.. platformKeys];
            }
        }
    }

    /// <summary>The platform certificate answers are signed with (the newest).</summary>
    public WeChatPayTestKey CurrentPlatformKey
    {
        get
        {
            lock (gate)
            {
                return platformKeys[^1];
            }
        }
    }

    /// <summary>Which key signs answers; <see cref="WeChatPayResponseSigning.FollowRequest"/> by default.</summary>
    public WeChatPayResponseSigning ResponseSigning { get; set; }

    /// <summary>Whether <c>/v3/certificates</c> lists certificates (<see langword="false"/>: 404, a public-key-only merchant).</summary>
    public bool ServeCertificates
    {
        get => options.ServeCertificates;
        set => options.ServeCertificates = value;
    }

    /// <summary>
    /// The raw request targets (path and query exactly as on the wire) of the requests the emulator authenticated,
    /// in order: the last <see cref="MaxRecordedTargets"/>, until <see cref="ClearRequests"/>.
    /// </summary>
    public IReadOnlyList<string> RequestTargets => [.. requestTargets];

    /// <summary>The bodies of the member feeds (<c>POST /user-feeds</c>) accepted, in order.</summary>
    public IReadOnlyList<string> UserFeeds => [.. userFeeds];

    /// <summary>How many times <c>/v3/certificates</c> was served.</summary>
    public int CertificateDownloads => Volatile.Read(ref certificateDownloads);

    /// <summary>Starts an emulator on 127.0.0.1.</summary>
    /// <param name="options">The set-up, or <see langword="null"/> for generated keys.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running emulator.</returns>
    public static async Task<WeChatPayEmulator> StartAsync(WeChatPayEmulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        var emulator = new WeChatPayEmulator(options ?? new WeChatPayEmulatorOptions());
        emulator.host = await EmulatorHost.StartAsync(emulator.MapRoutes, null, cancellationToken).ConfigureAwait(false);
        return emulator;
    }

    /// <summary>Fills SDK options for this merchant in WeChat Pay public key mode (no APIv3 key unless <paramref name="withApiV3Key"/>).</summary>
    /// <param name="target">The options to fill.</param>
    /// <param name="withApiV3Key">Also set the APIv3 key (needed for notifications).</param>
    public void ConfigurePublicKeyMode(WeChatPayOptions target, bool withApiV3Key = true)
    {
        ArgumentNullException.ThrowIfNull(target);
        ConfigureMerchant(target);
        target.PublicKeyId = PublicKeyId;
        target.PublicKey = PublicKey.PublicKeyPem;
        target.ApiV3Key = withApiV3Key ? ApiV3Key : null;
    }

    /// <summary>Fills SDK options for this merchant in platform certificate mode (APIv3 key, no public key).</summary>
    /// <param name="target">The options to fill.</param>
    public void ConfigureCertificateMode(WeChatPayOptions target)
    {
        ArgumentNullException.ThrowIfNull(target);
        ConfigureMerchant(target);
        target.ApiV3Key = ApiV3Key;
        target.PublicKeyId = null;
        target.PublicKey = null;
    }

    /// <summary>Forgets the recorded requests of the host and the recorded request targets.</summary>
    public void ClearRequests()
    {
        Host.ClearRequests();
        requestTargets.Clear();
        userFeeds.Clear();
    }

    /// <summary>Spoils the signature of the next <paramref name="times"/> answers or notifications.</summary>
    /// <param name="misbehavior">How.</param>
    /// <param name="times">How many.</param>
    public void Misbehave(WeChatPayMisbehavior misbehavior, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            misbehaviors.Enqueue(misbehavior);
        }
    }

    /// <summary>
    /// Accepts requests signed with another merchant API key too (a merchant rotating its API certificate: both are
    /// valid while the change rolls out). Each request is verified with the key its <c>serial_no</c> names.
    /// </summary>
    /// <param name="key">The additional merchant key.</param>
    public void TrustMerchantKey(WeChatPayTestKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        additionalMerchantKeys[key.SerialNumber] = key;
    }

    /// <summary>The merchant key whose serial the <c>Authorization</c> names (the configured one unless another is trusted under that serial).</summary>
    private WeChatPayTestKey MerchantKeyNamedBy(string authorization)
    {
        const string Field = "serial_no=\"";
        var at = authorization.IndexOf(Field, StringComparison.Ordinal);
        if (at < 0 || additionalMerchantKeys.IsEmpty)
        {
            return MerchantKey;
        }

        var start = at + Field.Length;
        var end = authorization.IndexOf('"', start);
        return end > start && additionalMerchantKeys.TryGetValue(authorization[start..end], out var key) ? key : MerchantKey;
    }

    /// <summary>Issues a new platform certificate; answers are signed with it from now on.</summary>
    /// <param name="retirePrevious">Remove the previous certificates from <c>/v3/certificates</c>.</param>
    /// <returns>The new certificate.</returns>
    public WeChatPayTestKey RotatePlatformCertificate(bool retirePrevious = false)
    {
        var key = Own(WeChatPayTestKey.Create("wechatpay platform (rotated)"));
        lock (gate)
        {
            if (retirePrevious)
            {
                platformKeys.Clear();
            }

            platformKeys.Add(key);
        }

        return key;
    }

    /// <summary>
    /// Switches to a new WeChat Pay public key, as WeChat Pay does when the merchant changes it: answers to requests
    /// that name the new id (and notifications) are signed with the new key; answers to requests that still name
    /// the previous id (sent before the merchant's configuration changed) are signed with the previous key, which
    /// also still decrypts the fields encrypted to it.
    /// </summary>
    /// <param name="key">The new public key (the caller keeps ownership).</param>
    /// <param name="keyId">Its id (<c>PUB_KEY_ID_...</c>).</param>
    public void RotatePublicKey(WeChatPayTestKey key, string keyId)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrEmpty(keyId);
        lock (gate)
        {
            previousPublicKey = publicKey;
            Volatile.Write(ref publicKey, Tuple.Create(key, keyId));
        }
    }

    /// <summary>The public key named <paramref name="keyId"/>: the current one, or the previous one after a rotation; <see langword="null"/> otherwise.</summary>
    private WeChatPayTestKey? PublicKeyNamed(string keyId)
    {
        lock (gate)
        {
            return keyId == publicKey.Item2 ? publicKey.Item1
                : previousPublicKey is { } previous && keyId == previous.Item2 ? previous.Item1
                : null;
        }
    }

    /// <summary>Stores (or replaces) a user card, sensitive fields in plain text.</summary>
    /// <param name="card">The card JSON; <c>user_card_code</c> required.</param>
    public void PutUserCard(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var code = (string?)card["user_card_code"] ?? throw new ArgumentException("user_card_code is required.", nameof(card));
        cards[code] = (JsonObject)card.DeepClone();
    }

    /// <summary>A stored user card as the emulator keeps it (plain text), or <see langword="null"/>.</summary>
    /// <param name="userCardCode">The code.</param>
    /// <returns>A copy of the card.</returns>
    public JsonObject? GetUserCard(string userCardCode)
        => cards.TryGetValue(userCardCode, out var card) ? (JsonObject)card.DeepClone() : null;

    /// <summary>The seed's sample user card, sensitive fields in plain text.</summary>
    /// <param name="userCardCode">The code.</param>
    /// <returns>A new JSON object.</returns>
    public static JsonObject SampleUserCard(string userCardCode = "478515832665") => new()
    {
        ["user_card_code"] = userCardCode,
        ["card_id"] = "pbLatjvWOibDc5-TBnbUk1pD12o0",
        ["openid"] = "obLatjnx9gnqzS4myYGmLZ7LgLBA",
        ["card_color"] = "#FFFF00",
        ["card_picture_url"] = "https://wxpaylogo.qpic.cn/wxpaylogo/xxxxx/0",
        ["brand_id"] = "1004",
        ["card_type"] = "NORMAL",
        ["phone_number"] = "13800138000",
        ["level"] = "钻石会员",
        ["valid_date_information"] = new JsonObject
        {
            ["type"] = "FIX_TIME_RANGE",
            ["available_begin_time"] = "2020-05-20T13:29:35.120+08:00",
            ["available_end_time"] = "2030-05-20T13:29:35.120+08:00",
            ["available_day_after_receive"] = 200,
        },
        ["pickup_time"] = "2020-05-20T13:29:35.120+08:00",
        ["user_information"] = new JsonObject
        {
            ["common_field_list"] = new JsonArray(new JsonObject { ["name"] = "USER_FORM_FLAG_SEX", ["value"] = "男" }),
            ["custom_field_list"] = new JsonArray(new JsonObject { ["name"] = "喜欢的运动", ["user_chosen_values"] = new JsonArray("游泳", "跑步") }),
        },
        ["attach"] = "自定义数据说明",
        ["user_card_state"] = "EFFECTIVE",
        ["create_time"] = "2020-05-20T13:29:35.120+08:00",
        ["modify_time"] = "2020-05-20T13:29:35.120+08:00",
    };

    /// <summary>Builds a signed notification whose encrypted resource is the stored user card (sensitive fields encrypted to the merchant key).</summary>
    /// <param name="eventType">The event type of any generation, such as <c>BRAND_MEMBER_CARD_SP.USER_CARD.CREATE</c>, <c>MEMBERCARDSP.USER_CARD.DELETE</c> or <c>BRAND_MEMBER_CARD.USER_CARD.CREATE</c>.</param>
    /// <param name="userCardCode">The stored card to send.</param>
    /// <param name="signing">The key to sign with (<see cref="WeChatPayResponseSigning.FollowRequest"/> means the platform certificate; <see cref="WeChatPayResponseSigning.Brand"/> the public key under the brand-direct signature type).</param>
    /// <returns>The headers and body.</returns>
    public WeChatPayEmulatedNotification CreateNotification(string eventType, string userCardCode, WeChatPayResponseSigning signing = WeChatPayResponseSigning.PublicKey)
    {
        var card = GetUserCard(userCardCode) ?? throw new ArgumentException($"No user card '{userCardCode}' is stored.", nameof(userCardCode));
        WeChatPaySensitiveJson.Encrypt(card, MerchantKey.Rsa);
        return CreateNotification(eventType, "user_card", card, signing);
    }

    /// <summary>
    /// Builds a signed notification of any <c>event_type</c> and <c>original_type</c> whose resource is
    /// <paramref name="resource"/>, encrypted with AEAD_AES_256_GCM under the APIv3 key (<c>associated_data</c> is the
    /// original type, as in WeChat Pay's examples). Sensitive fields inside it are sent as given.
    /// </summary>
    /// <param name="eventType">The event type, sent verbatim.</param>
    /// <param name="originalType">The <c>resource.original_type</c>, or <see langword="null"/> to send none.</param>
    /// <param name="resource">The resource to encrypt.</param>
    /// <param name="signing">The key to sign with (<see cref="WeChatPayResponseSigning.FollowRequest"/> means the platform certificate; <see cref="WeChatPayResponseSigning.Brand"/> the public key under the brand-direct signature type).</param>
    /// <returns>The headers and body.</returns>
    public WeChatPayEmulatedNotification CreateNotification(string eventType, string? originalType, JsonObject resource, WeChatPayResponseSigning signing = WeChatPayResponseSigning.PublicKey)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        ArgumentNullException.ThrowIfNull(resource);
        var nonce = RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 12);
        var id = Guid.NewGuid().ToString();
        var associatedData = originalType ?? string.Empty;
        var encrypted = new JsonObject
        {
            ["algorithm"] = "AEAD_AES_256_GCM",
            ["ciphertext"] = AesGcmCipher.Encrypt(Encoding.UTF8.GetBytes(ApiV3Key), nonce, associatedData, resource.ToJsonString()),
            ["associated_data"] = associatedData,
            ["nonce"] = nonce,
        };
        if (originalType is not null)
        {
            encrypted["original_type"] = originalType;
        }

        var envelope = new JsonObject
        {
            ["id"] = id,
            ["create_time"] = Rfc3339(options.TimeProvider.GetUtcNow()),
            ["resource_type"] = "encrypt-resource",
            ["event_type"] = eventType,
            ["summary"] = "会员卡事件",
            ["resource"] = encrypted,
        };
        var (key, serial) = signing is WeChatPayResponseSigning.PublicKey or WeChatPayResponseSigning.Brand ? (PublicKey.Rsa, PublicKeyId) : (CurrentPlatformKey.Rsa, CurrentPlatformKey.SerialNumber);
        var scheme = signing == WeChatPayResponseSigning.Brand ? RequestSignature.BrandScheme : RequestSignature.Scheme;
        var (headers, body) = WeChatPayAnswerSigner.Sign(Serialize(envelope), key, serial, options.TimeProvider.GetUtcNow(), NextMisbehavior(), scheme);
        headers["Content-Type"] = "application/json";
        return new WeChatPayEmulatedNotification { Headers = headers, Body = body, Id = id };
    }

    /// <summary>POSTs a notification to <paramref name="url"/> as WeChat Pay would.</summary>
    /// <param name="url">The merchant's notify URL.</param>
    /// <param name="notification">The notification from one of the emulator's <c>Create...Notification</c> methods.</param>
    /// <param name="cancellationToken">Cancels the delivery.</param>
    /// <returns>The status code the merchant answered.</returns>
    public static async Task<int> SendNotificationAsync(Uri url, WeChatPayEmulatedNotification notification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(notification);
        using var client = new HttpClient();
        using var content = new ByteArrayContent(notification.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        foreach (var (name, value) in notification.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                content.Headers.TryAddWithoutValidation(name, value);
            }
        }

        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    /// <summary>Stops the emulator and disposes the keys it generated.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (host is not null && ownsHost)
        {
            await host.DisposeAsync().ConfigureAwait(false);
        }

        lock (gate)
        {
            foreach (var key in ownedKeys)
            {
                key.Dispose();
            }

            ownedKeys.Clear();
        }
    }

    /// <summary>Serves this emulator from a host it shares with other emulators (and does not stop).</summary>
    internal void UseSharedHost(EmulatorHost shared)
    {
        host = shared;
        ownsHost = false;
    }

    internal static string Rfc3339(DateTimeOffset time)
        => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    private void RecordTarget(string target)
    {
        requestTargets.Enqueue(target);
        while (requestTargets.Count > MaxRecordedTargets && requestTargets.TryDequeue(out _))
        {
        }
    }

    private WeChatPayMisbehavior NextMisbehavior() => misbehaviors.TryDequeue(out var next) ? next : WeChatPayMisbehavior.None;

    private void ConfigureMerchant(WeChatPayOptions target)
    {
        target.MerchantId = MerchantId;
        target.CertificateSerialNumber = MerchantKey.SerialNumber;
        target.PrivateKey = MerchantKey.PrivateKeyPem;
        target.PrivateKeyPath = null;
        target.BaseAddress = BaseAddress;
    }

    private WeChatPayTestKey Own(WeChatPayTestKey key)
    {
        lock (gate)
        {
            ownedKeys.Add(key);
        }

        return key;
    }
}
