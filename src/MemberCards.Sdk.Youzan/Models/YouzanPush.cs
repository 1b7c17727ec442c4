namespace MemberCards.Sdk.Youzan;

/// <summary>
/// The envelope of one Youzan push, every field as received. Read it with <see cref="YouzanPushParser"/>;
/// verify it with <see cref="YouzanPushVerifier"/> before trusting any of it.
/// </summary>
public sealed class YouzanPush
{
    /// <summary>The message type (<c>type</c>), such as <c>SCRM_CARD</c>; kept raw so unknown types still arrive.</summary>
    public string? Type { get; set; }

    /// <summary>The sub-state (<c>status</c>), such as <c>CARD_CREATED</c>; kept raw.</summary>
    public string? Status { get; set; }

    /// <summary>The business key (<c>id</c>): card_alias for SCRM_CARD, card_no for SCRM_CUSTOMER_CARD, the order no for trades.</summary>
    public string? Id { get; set; }

    /// <summary>The shop id (<c>kdt_id</c>).</summary>
    public long? KdtId { get; set; }

    /// <summary>The shop name (<c>kdt_name</c>).</summary>
    public string? KdtName { get; set; }

    /// <summary>The head-office shop id of a chain (<c>root_kdt_id</c>, Youzan Cloud format).</summary>
    public long? RootKdtId { get; set; }

    /// <summary>The client_id of the app the push is for (<c>client_id</c>).</summary>
    public string? ClientId { get; set; }

    /// <summary>The app id of older signature-mode pushes (<c>app_id</c>, deprecated).</summary>
    public string? AppId { get; set; }

    /// <summary>The push mode (<c>mode</c>: 1 = app push, 0 = signature mode; deprecated in Youzan Cloud).</summary>
    public int? Mode { get; set; }

    /// <summary>Whether Youzan marked this a test message (<c>test</c>).</summary>
    [JsonPropertyName("test")]
    public bool IsTest { get; set; }

    /// <summary>How many times this message was re-sent (<c>sendCount</c>); 0 or absent on the first delivery.</summary>
    [JsonPropertyName("sendCount")]
    public int? SendCount { get; set; }

    /// <summary>
    /// The ordering version (<c>version</c>): a higher version supersedes a lower one for the same
    /// <see cref="Type"/> and <see cref="Id"/>. Usually a Unix time, seen in seconds and in milliseconds.
    /// </summary>
    public long? Version { get; set; }

    /// <summary>The unique message id (<c>msg_id</c>), present in newer (V3 / Cloud) pushes.</summary>
    [JsonPropertyName("msg_id")]
    public string? MessageId { get; set; }

    /// <summary>The body signature (<c>sign</c>), as received.</summary>
    public string? Sign { get; set; }

    /// <summary>
    /// <c>msg</c> exactly as received: the URL-encoded string (after JSON unescaping, before URL decoding),
    /// or the raw JSON text when <see cref="MessageIsObject"/>. <see langword="null"/> when absent.
    /// </summary>
    [JsonPropertyName("msg")]
    public string? RawMessage { get; set; }

    /// <summary>Whether <c>msg</c> arrived as a JSON object rather than a URL-encoded string.</summary>
    [JsonPropertyName("msg_is_object")]
    public bool MessageIsObject { get; set; }

    /// <summary>
    /// Whether the whole body, envelope included, was verified: <see langword="true"/> when the push came with a valid
    /// <c>Event-Sign</c> header (MD5 over the raw body). <see langword="false"/> for a push verified by its body
    /// <c>sign</c> alone, which covers <c>msg</c> only: then <see cref="Type"/>, <see cref="Status"/>, <see cref="Id"/>,
    /// <see cref="KdtId"/>, <see cref="Version"/>, <see cref="MessageId"/> and the other envelope fields are as
    /// received and unauthenticated (anyone who saw the push can change them), and only what is read from
    /// <c>msg</c> is Youzan's. Set by <see cref="YouzanPushVerifier"/>; <see langword="false"/> on a push that was
    /// only parsed.
    /// </summary>
    [JsonIgnore]
    public bool IsEnvelopeSigned { get; internal set; }

    /// <summary>
    /// Whether this is a health check (<c>{"test":true}</c> with no message): answer it with
    /// <see cref="YouzanConstants.SuccessReplyJson"/>; it carries no signature to verify.
    /// </summary>
    [JsonIgnore]
    public bool IsHealthCheck => IsTest && RawMessage is null && Type is null && Sign is null;

    /// <summary>Decodes <c>msg</c> to its JSON text (form URL decoding: <c>+</c> is a space), or returns the object as received.</summary>
    /// <returns>The JSON text of the message.</returns>
    /// <exception cref="MemberCardsFormatException">The push has no <c>msg</c>, or it does not decode to UTF-8 text.</exception>
    public string DecodeMessage() => YouzanMessageDecoding.DecodeToString(this);

    /// <inheritdoc />
    public override string ToString()
        => $"Youzan push {{ Type = {Type}, Status = {Status}, Id = {Id}, KdtId = {KdtId}, Version = {Version}, MessageId = {MessageId}, SendCount = {SendCount}, IsTest = {IsTest} }}";
}
