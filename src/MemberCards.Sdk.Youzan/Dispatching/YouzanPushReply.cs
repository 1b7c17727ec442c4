namespace MemberCards.Sdk.Youzan;

/// <summary>The answer Youzan expects from a push endpoint once a push is accepted; anything else makes Youzan re-send it.</summary>
public static class YouzanPushReply
{
    /// <summary>The success body: <c>{"code":0,"msg":"success"}</c>.</summary>
    public const string SuccessJson = """{"code":0,"msg":"success"}""";

    /// <summary>The content type of the reply.</summary>
    public const string ContentType = "application/json; charset=utf-8";

    /// <summary>The success body as UTF-8 bytes, ready to write to a response.</summary>
    public static ReadOnlySpan<byte> SuccessUtf8 => """{"code":0,"msg":"success"}"""u8;
}
