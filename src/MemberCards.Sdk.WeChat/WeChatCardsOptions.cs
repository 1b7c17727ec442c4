namespace MemberCards.Sdk.WeChat;

/// <summary>Settings for one WeChat Official Account (one AppId). Bound from the <c>MemberCards:WeChat</c> section by default.</summary>
/// <remarks>Which settings apply without a restart is listed in docs/wechat.md (Configuration).</remarks>
public sealed class WeChatCardsOptions
{
    /// <summary>The default API address.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://api.weixin.qq.com/");

    /// <summary>The Official Account's AppId (<c>wx</c> followed by 16 characters). Config key <c>AppId</c>.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>The AppSecret. Secret: never logged. Config key <c>AppSecret</c>.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The API address; change it for a regional endpoint or an emulator. Config key <c>BaseAddress</c>.</summary>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Which token endpoint to use (default <see cref="WeChatTokenMode.Stable"/>). Config key <c>TokenMode</c>.</summary>
    public WeChatTokenMode TokenMode { get; set; } = WeChatTokenMode.Stable;

    /// <summary>
    /// How long before the expiry the server announced (<c>expires_in</c>) a token is replaced; at most half of
    /// its lifetime is used. Default 5 minutes. Config key <c>RefreshBeforeExpiry</c>.
    /// </summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The minimum time between two <c>force_refresh</c> stable-token calls (the platform allows one per 30 s). Config key <c>ForceRefreshInterval</c>.</summary>
    public TimeSpan ForceRefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The per-request timeout. Default 30 s. Config key <c>Timeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The prefix of the <see cref="Microsoft.Extensions.Caching.Distributed.IDistributedCache"/> keys the tokens are stored under. Config key <c>CacheKeyPrefix</c>.</summary>
    public string CacheKeyPrefix { get; set; } = "membercards:wechat:token:";

    /// <summary>The Token configured for the server URL (event pushes). Secret. Config key <c>PushToken</c>.</summary>
    public string? PushToken { get; set; }

    /// <summary>The 43-character EncodingAESKey for safe-mode event pushes. Secret. Config key <c>EncodingAesKey</c>.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>
    /// Whether every push that is not encrypted is refused (401). By default (<see langword="null"/>) it follows
    /// <see cref="EncodingAesKey"/>: with the key set, only safe-mode and compatible-mode pushes (both say
    /// <c>encrypt_type=aes</c>) are accepted; without it, the account is in plaintext mode and plaintext pushes are
    /// accepted. A plaintext push is signed by <c>signature</c> alone, which covers the Token, timestamp and nonce but
    /// not the body, so anyone who saw one push's query string could post any event until the timestamp goes stale:
    /// accepting one beside a configured key would turn safe mode back into plaintext mode. Set <see langword="false"/>
    /// only for the minutes in which the Official Account is switched from plaintext to safe mode; <see langword="true"/>
    /// requires <see cref="EncodingAesKey"/>. A push that says <c>encrypt_type=aes</c> must carry a valid
    /// <c>Encrypt</c> and <c>msg_signature</c> either way. Config key <c>RequireEncryptedPushes</c>.
    /// </summary>
    public bool? RequireEncryptedPushes { get; set; }

    /// <summary>Whether a plaintext push is refused: <see cref="RequireEncryptedPushes"/>, or by default whether <see cref="EncodingAesKey"/> is set.</summary>
    internal bool RefusesPlaintextPushes => RequireEncryptedPushes ?? !string.IsNullOrEmpty(EncodingAesKey);

    /// <summary>
    /// The largest event push body accepted, in bytes (a larger one is refused with
    /// <see cref="MemberCardsMessageTooLargeException"/>, HTTP 413). Default 64 KiB. Config key <c>MaxMessageBytes</c>.
    /// </summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// How long a handled event push is remembered for duplicate detection (FromUserName + CreateTime). Default 10 minutes.
    /// Must be at least twice <see cref="PushTimestampWindow"/>: a signed push is accepted from <c>timestamp - window</c> to
    /// <c>timestamp + window</c>, and a replay inside that span is refused only while the first delivery is remembered.
    /// Config key <c>DeduplicationWindow</c>.
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long one delivery holds the claim on an event push while its handlers run (another delivery of the same
    /// event meanwhile is told to retry); a claim older than this is taken over. Default 2 minutes. Config key <c>ProcessingTimeout</c>.
    /// </summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How far the signed <c>timestamp</c> of an event push (and of a URL verification) may lie from now, either way;
    /// outside it the push is rejected as stale (<see cref="SignatureFailureReason.StaleTimestamp"/>), so an old
    /// push cannot be replayed after the de-duplication window. Default 5 minutes. Config key <c>PushTimestampWindow</c>.
    /// </summary>
    public TimeSpan PushTimestampWindow { get; set; } = WeChatConstants.DefaultPushTimestampWindow;

    /// <inheritdoc />
    public override string ToString()
        => $"WeChatCardsOptions {{ AppId = {AppId}, AppSecret = {Redaction.Secret(AppSecret)}, BaseAddress = {BaseAddress}, TokenMode = {TokenMode}, PushToken = {Redaction.Secret(PushToken)}, EncodingAesKey = {Redaction.Secret(EncodingAesKey)}, RequireEncryptedPushes = {RequireEncryptedPushes?.ToString() ?? "(follows EncodingAesKey)"} }}";
}
