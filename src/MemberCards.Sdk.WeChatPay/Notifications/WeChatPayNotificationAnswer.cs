namespace MemberCards.Sdk.WeChatPay;

/// <summary>The HTTP answer to give WeChat Pay for a notification: 200 without body, or 4xx/5xx with <c>{"code":"FAIL","message":..}</c>.</summary>
public sealed class WeChatPayNotificationAnswer
{
    private WeChatPayNotificationAnswer(int statusCode, string? body)
    {
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; }

    /// <summary>The JSON body, or <see langword="null"/> for none.</summary>
    public string? Body { get; }

    /// <summary>The content type of <see cref="Body"/>.</summary>
    public string? ContentType => Body is null ? null : "application/json";

    /// <summary>Whether WeChat Pay will consider the notification delivered.</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    /// <summary>The notification was handled: 200, no body.</summary>
    /// <returns>The answer.</returns>
    public static WeChatPayNotificationAnswer Success() => new(200, null);

    /// <summary>The notification was not handled; WeChat Pay will redeliver it.</summary>
    /// <param name="statusCode">A 4xx or 5xx status.</param>
    /// <param name="message">A short reason, free of secrets.</param>
    /// <returns>The answer.</returns>
    public static WeChatPayNotificationAnswer Failure(int statusCode, string message)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 400);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        ArgumentNullException.ThrowIfNull(message);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("code", "FAIL");
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return new(statusCode, System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
