namespace MemberCards.Sdk.Youzan;

/// <summary>
/// Settings of one Youzan app (one push endpoint). Bound from the <c>MemberCards:Youzan</c> configuration
/// section by default; <see cref="ToString"/> never shows a secret. Every setting reloads: the next push after a
/// change is verified and de-duplicated with the new values (a rotated secret needs no restart).
/// </summary>
public sealed class YouzanOptions
{
    /// <summary>The app's <c>client_id</c> (config key <c>ClientId</c>). Required.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The app's current <c>client_secret</c> (config key <c>ClientSecret</c>). Required.</summary>
    public string ClientSecret { get; set; } = string.Empty;

    /// <summary>
    /// Other secrets still accepted while a secret is rotated (config key <c>AdditionalClientSecrets</c>,
    /// a list). A push verifies when any of <see cref="ClientSecret"/> and these match.
    /// </summary>
    public IList<string> AdditionalClientSecrets { get; } = new List<string>();

    /// <summary>
    /// The largest body accepted, in bytes (config key <c>MaxMessageBytes</c>, default 1 MiB, 1024 ... 67108864).
    /// Larger bodies are refused before any parsing (<see cref="MemberCardsMessageTooLargeException"/>, HTTP 413).
    /// </summary>
    public int MaxMessageBytes { get; set; } = YouzanConstants.DefaultMaxMessageBytes;

    /// <summary>
    /// How long a handled message is remembered for de-duplication (config key <c>DeduplicationWindow</c>,
    /// default 7 days: longer than every documented Youzan retry schedule and the console's re-push window).
    /// </summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a delivery holds its claim on a message while the handlers run (config key <c>ProcessingTimeout</c>,
    /// default 2 minutes): a concurrent delivery of the same message meanwhile is answered "retry" and runs nothing;
    /// a claim neither completed nor released (a crashed process) expires after it.
    /// </summary>
    public TimeSpan ProcessingTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Whether every push must carry a valid <c>Event-Sign</c> header (config key <c>RequireEventSign</c>, default
    /// <see langword="false"/>). Classic pushes carry only the body <c>sign</c>, which covers <c>msg</c> and nothing
    /// else; Youzan Cloud pushes carry the header as well, which covers the whole body. While this is
    /// <see langword="false"/>, a push without the header is verified by its body <c>sign</c>, so removing the header
    /// from a captured Cloud push makes its envelope (<c>type</c>, <c>status</c>, <c>kdt_id</c>, <c>id</c>,
    /// <c>msg_id</c>, <c>version</c>) unauthenticated. Set it to <see langword="true"/> in production when the app is a
    /// Youzan Cloud app: a push without the header is then refused (<see cref="MemberCardsSignatureException"/>,
    /// <see cref="SignatureFailureReason.MissingHeaders"/>, HTTP 401). Health checks (<c>{"test":true}</c>) are answered either way.
    /// </summary>
    public bool RequireEventSign { get; set; }

    /// <summary>Every accepted secret, current first; empty entries are skipped.</summary>
    /// <returns>The secrets.</returns>
    internal IEnumerable<string> AcceptedSecrets()
    {
        if (!string.IsNullOrEmpty(ClientSecret))
        {
            yield return ClientSecret;
        }

        foreach (var secret in AdditionalClientSecrets)
        {
            if (!string.IsNullOrEmpty(secret))
            {
                yield return secret;
            }
        }
    }

    /// <inheritdoc />
    public override string ToString()
        => $"YouzanOptions {{ ClientId = {ClientId}, ClientSecret = {Redaction.Secret(ClientSecret)}, AdditionalClientSecrets = {AdditionalClientSecrets.Count} x ***, MaxMessageBytes = {MaxMessageBytes}, DeduplicationWindow = {DeduplicationWindow}, ProcessingTimeout = {ProcessingTimeout}, RequireEventSign = {RequireEventSign} }}";
}
