namespace MemberCards.Sdk.WeChat;

/// <summary>The SDK's JSON conventions for every WeChat request and response, for a host that logs, queues or stores them.</summary>
public static class WeChatJson
{
    /// <summary>
    /// The serializer options the WeChat client itself uses (source-generated metadata of every WeChat model, nulls
    /// omitted, Chinese text unescaped). Every request and response type round-trips through them:
    /// <c>JsonSerializer.Serialize(request, WeChatJson.SerializerOptions)</c> and back.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => WeChatJsonContext.Wire;
}
