namespace MemberCards.Sdk.WeChat;

/// <summary>
/// WeChat's reading of its answers, written once for every call (card API, token endpoints, user APIs added with
/// <c>AddApi</c>): a non-2xx answer is <see cref="MemberCardsApiException"/> with the HTTP status; a 200 whose JSON
/// carries an <c>errcode</c> other than 0 is <see cref="MemberCardsApiException"/> with the errcode, errmsg and rid
/// (45015, the closed customer-service window, as <see cref="WeChatCustomerServiceWindowException"/>).
/// The body of a 200 is read once, buffered in the answer's own content (<see cref="MemberCardsAnswerBody"/>), so the
/// caller reads the same bytes without another copy. The token client's mapper
/// (<see cref="TokenRequests"/>) adds a <see cref="MemberCardsApiException.Hint"/> naming the credentials to check.
/// </summary>
internal sealed class WeChatErrorMapper : IMemberCardsErrorMapper
{
    /// <summary>The mapper of the card API and user APIs.</summary>
    public static readonly WeChatErrorMapper Instance = new(tokenRequests: false);

    /// <summary>The mapper of the access_token requests: an errcode there is about AppId / AppSecret.</summary>
    public static readonly WeChatErrorMapper TokenRequests = new(tokenRequests: true);

    private readonly bool tokenRequests;

    private WeChatErrorMapper(bool tokenRequests) => this.tokenRequests = tokenRequests;

    public async ValueTask<Exception?> MapAsync(HttpResponseMessage response, string registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
        {
            return new MemberCardsApiException(WeChatConstants.ServiceName, status, null, response.ReasonPhrase, null);
        }

        // Read once and kept for the caller, buffered, so Refit's buffering before it deserializes copies nothing.
        // An I/O failure while reading the body propagates: the pipeline reports it as a transport failure.
        await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        var body = MemberCardsAnswerBody.Rent(response.Content, out var length);
        (int Code, string? Message)? read;
        try
        {
            read = ReadError(body.AsSpan(0, length));
        }
        finally
        {
            MemberCardsAnswerBody.Return(body);
        }

        if (read is not { } answered || answered.Code == WeChatErrorCodes.Ok)
        {
            return null;
        }

        // errmsg is remote text: its phone numbers are masked before it goes into an exception (and from there a log).
        var error = (answered.Code, Message: Redaction.PhoneNumbersIn(answered.Message));

        if (error.Code == WeChatErrorCodes.CustomerServiceWindowClosed && !tokenRequests)
        {
            return new WeChatCustomerServiceWindowException(status, error.Message, WeChatRid.Of(error.Message));
        }

        return new MemberCardsApiException(WeChatConstants.ServiceName, status, error.Code.ToString(CultureInfo.InvariantCulture), error.Message, WeChatRid.Of(error.Message))
        {
            Hint = tokenRequests ? WeChatTokenErrorHint.For(error.Code, registration) : null,
        };
    }

    /// <summary>The top-level <c>errcode</c> and <c>errmsg</c> of a JSON object, or <see langword="null"/> when there is no numeric errcode.</summary>
    internal static (int Code, string? Message)? ReadError(ReadOnlySpan<byte> bytes)
    {
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            int? code = null;
            string? message = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isCode = reader.ValueTextEquals("errcode"u8);
                var isMessage = !isCode && reader.ValueTextEquals("errmsg"u8);
                reader.Read();
                if (isCode && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
                {
                    code = value;
                }
                else if (isMessage && reader.TokenType == JsonTokenType.String)
                {
                    message = reader.GetString();
                }
                else
                {
                    reader.Skip();
                }
            }

            return code is { } c ? (c, message) : null;
        }
        catch (JsonException)
        {
            // Not JSON: the typed deserialization reports it as a format error.
            return null;
        }
    }
}
