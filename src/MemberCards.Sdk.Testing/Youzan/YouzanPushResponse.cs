namespace MemberCards.Sdk.Testing.Youzan;

/// <summary>What a push endpoint answered the <see cref="YouzanPushEmulator"/>.</summary>
public sealed class YouzanPushResponse
{
    internal YouzanPushResponse(int statusCode, string body)
    {
        StatusCode = statusCode;
        Body = body;
        Acknowledged = statusCode is >= 200 and < 300 && IsSuccessBody(body);
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The body as text.</summary>
    public string Body { get; }

    /// <summary>
    /// Whether Youzan would count the push as delivered: a 2xx answer whose JSON body has <c>code</c> 0 and
    /// <c>msg</c> <c>success</c>. Otherwise Youzan re-sends it.
    /// </summary>
    public bool Acknowledged { get; }

    /// <inheritdoc />
    public override string ToString() => $"HTTP {StatusCode} {Body}";

    private static bool IsSuccessBody(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("code", out var code)
                && (code.ValueKind == JsonValueKind.Number ? code.TryGetInt64(out var n) && n == 0 : code.ValueKind == JsonValueKind.String && code.GetString() == "0")
                && root.TryGetProperty("msg", out var msg)
                && msg.ValueKind == JsonValueKind.String
                && string.Equals(msg.GetString(), "success", StringComparison.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
