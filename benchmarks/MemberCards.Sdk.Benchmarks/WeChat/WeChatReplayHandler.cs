using System.Text;

namespace MemberCards.Sdk.Benchmarks.WeChat;

/// <summary>
/// The transport of the WeChat concurrent benchmark: answers from memory, so the measured work is the client's own.
/// A token request (<c>/cgi-bin/stable_token</c> or <c>/cgi-bin/token</c>) gets a token valid for two hours; every other
/// request gets <see cref="MemberInfoAnswer"/>, a <c>card/membercard/userinfo/get</c> answer with every field filled.
/// The SDK and the floor send through the same instance.
/// </summary>
internal sealed class WeChatReplayHandler : HttpMessageHandler
{
    /// <summary>The answer to every card call: errcode 0 and a member with its form fields.</summary>
    public static readonly byte[] MemberInfoAnswer = Encoding.UTF8.GetBytes(
        """{"errcode":0,"errmsg":"ok","openid":"obLatjjwDolFjRRd3doGo0000000","nickname":"会员甲","membership_number":"M110201201245","bonus":150,"balance":1000,"sex":"MALE","user_info":{"common_field_list":[{"name":"USER_FORM_INFO_FLAG_MOBILE","value":"15012345678"},{"name":"USER_FORM_INFO_FLAG_NAME","value":"张三"},{"name":"USER_FORM_INFO_FLAG_BIRTHDAY","value":"1990-01-01"}],"custom_field_list":[{"name":"兴趣","value":"咖啡","value_list":["咖啡","茶"]}]},"user_card_status":"NORMAL","has_active":true}""");

    private static readonly byte[] TokenAnswer = Encoding.UTF8.GetBytes("""{"access_token":"bench-access-token-0000000000000000","expires_in":7200}""");

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        var body = path.EndsWith("token", StringComparison.Ordinal) ? TokenAnswer : MemberInfoAnswer;
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json; encoding=utf-8");
        return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request, Content = content });
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        // Shared by the SDK's clients and the floor for the whole run.
    }
}
