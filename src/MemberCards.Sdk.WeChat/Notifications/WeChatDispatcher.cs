namespace MemberCards.Sdk.WeChat;

/// <summary>
/// The default <see cref="IWeChatDispatcher"/> of one registration: verifies and parses with a
/// <see cref="WeChatPushParser"/> over the registration's current options, builds the key, and hands the event to
/// Core's <see cref="InboundCore"/>.
/// </summary>
internal sealed class WeChatDispatcher(
    string registrationName,
    IOptionsMonitor<WeChatCardsOptions> options,
    InboundCore core,
    InboundHandlerOrder<WeChatMessageContext> order,
    TimeProvider time) : IWeChatDispatcher
{
    public string RegistrationName { get; } = registrationName;

    public string VerifyUrl(WeChatPushQuery query) => Parser().VerifyUrl(query);

    public Task<WeChatEvent> ParseAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        try
        {
            ArgumentNullException.ThrowIfNull(query);
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(Parser().Parse(query, body.Span));
        }
        catch (Exception ex)
        {
            return Task.FromException<WeChatEvent>(ex);
        }
    }

    public Task<WeChatDispatchResult> DispatchAsync(WeChatPushQuery query, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        WeChatPushParser parser;
        WeChatEvent parsed;
        try
        {
            ArgumentNullException.ThrowIfNull(query);
            parser = Parser();
            parsed = parser.Parse(query, body.Span);
        }
        catch (Exception ex)
        {
            return Task.FromException<WeChatDispatchResult>(ex);
        }

        return RunAsync(parser.Options, parsed, body, cancellationToken);
    }

    public string EncryptReply(string replyXml, string timestamp, string nonce) => Parser().EncryptReply(replyXml, timestamp, nonce);

    private WeChatPushParser Parser() => new(RegistrationName, options.Get(RegistrationName), time);

    private async Task<WeChatDispatchResult> RunAsync(WeChatCardsOptions settings, WeChatEvent parsed, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var delivery = new InboundDelivery(WeChatConstants.ServiceName, RegistrationName, parsed.DeduplicationKey, parsed.DeduplicationKey, settings.ProcessingTimeout, settings.DeduplicationWindow);
        var run = await core.RunAsync(
            delivery,
            order,
            [parsed],
            services => new WeChatMessageContext(RegistrationName, settings.AppId, parsed.DeduplicationKey, body, services),
            cancellationToken).ConfigureAwait(false);
        return new WeChatDispatchResult(run.Outcome, RegistrationName, parsed, run.DeduplicationKey) { HandlerCalls = run.HandlerCalls };
    }
}
