using MemberCards.Sdk.TestSources;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace MemberCards.Sdk.WeChat.Tests.Unit;

/// <summary>
/// WeChat's error mapper reads a 200's body to find its <c>errcode</c> and leaves the body buffered in place for the caller: read once,
/// held once, so that Refit's buffering before it deserializes copies nothing (issue 18).
/// </summary>
public sealed class WeChatErrorMapperTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_success_is_set_back_with_its_headers_and_the_same_bytes()
    {
        var bytes = Body(300);
        using var response = Answer(bytes);

        await SocketAnswer.AssertSetBackAsync(response, bytes, r => WeChatErrorMapper.Instance.MapAsync(r, string.Empty));
    }

    [Fact]
    public async Task An_errcode_in_a_200_is_the_error_and_on_a_token_request_names_the_credentials()
    {
        using var response = Answer(Encoding.UTF8.GetBytes("""{"errcode":40125,"errmsg":"invalid appsecret rid: 6553c4d0-1b2c3d4e-5f6a7b8c"}"""));

        var error = Assert.IsType<MemberCardsApiException>(await WeChatErrorMapper.TokenRequests.MapAsync(response, "shop-a"));

        Assert.Equal("40125", error.ErrorCode);
        Assert.Equal(200, error.StatusCode);
        Assert.Equal("6553c4d0-1b2c3d4e-5f6a7b8c", error.RequestId);
        Assert.Contains("AppSecret", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Phone_numbers_in_errmsg_are_masked_and_the_rid_is_still_read()
    {
        using var response = Answer(Encoding.UTF8.GetBytes("""{"errcode":40056,"errmsg":"invalid code 13787654321 rid: 6553c4d0-1b2c3d4e-5f6a7b8c"}"""));

        var error = Assert.IsType<MemberCardsApiException>(await WeChatErrorMapper.Instance.MapAsync(response, string.Empty));

        Assert.Equal("invalid code 137****4321 rid: 6553c4d0-1b2c3d4e-5f6a7b8c", error.ErrorMessage);
        Assert.Equal("6553c4d0-1b2c3d4e-5f6a7b8c", error.RequestId);
        Assert.DoesNotContain("13787654321", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_customer_service_window_is_its_own_exception()
    {
        using var response = Answer(Encoding.UTF8.GetBytes("""{"errcode":45015,"errmsg":"response out of time limit"}"""));

        Assert.IsType<WeChatCustomerServiceWindowException>(await WeChatErrorMapper.Instance.MapAsync(response, string.Empty));
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(100_000)]
    public Task A_success_is_held_once_and_Refits_buffering_copies_nothing(int size)
        => SocketAnswer.AssertHeldOnceAsync(output, "WeChat", Body(size), bytes => Answer(bytes), r => WeChatErrorMapper.Instance.MapAsync(r, string.Empty));

    /// <summary>An answer as the socket hands it over: a stream with its Content-Length and Content-Type.</summary>
    private static HttpResponseMessage Answer(byte[] bytes)
        => SocketAnswer.Of(HttpStatusCode.OK, bytes, HttpMethod.Post, "https://api.weixin.qq.com/card/get");

    /// <summary>A success of exactly <paramref name="size"/> bytes: errcode 0 and a long text.</summary>
    private static byte[] Body(int size) => SocketAnswer.Padded("{\"errcode\":0,\"errmsg\":\"ok\",\"content\":\"", size);
}
