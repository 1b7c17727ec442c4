namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>
/// <see cref="IWeChatDispatcher.ParseAsync"/> as a plain call for the verification tests: WeChat's parse completes
/// synchronously, so its task has already finished and <c>GetResult</c> rethrows the exception itself.
/// </summary>
internal static class DispatcherParse
{
    public static WeChatEvent Parse(this IWeChatDispatcher dispatcher, WeChatPushQuery query, byte[] body)
    {
        var task = dispatcher.ParseAsync(query, body);
        Assert.True(task.IsCompleted, "WeChat's ParseAsync completes synchronously.");
        return task.GetAwaiter().GetResult();
    }
}
