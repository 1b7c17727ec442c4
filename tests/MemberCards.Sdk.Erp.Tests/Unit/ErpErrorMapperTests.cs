using MemberCards.Sdk.TestSources;
using System.Net;
using System.Text;
using Xunit.Abstractions;

namespace MemberCards.Sdk.Erp.Tests.Unit;

/// <summary>
/// The ERP's error mapper reads every answer whole, under <see cref="ErpConstants.MaxAnswerBytes"/>, and leaves a success
/// buffered in place for the caller: read once, held once, so that Refit's buffering before it deserializes copies nothing (issue 18).
/// </summary>
public sealed class ErpErrorMapperTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_success_is_set_back_with_its_headers_and_the_same_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(ErpAnswerReaderTests.SeedSuccess);
        using var response = Answer(HttpStatusCode.OK, bytes);

        await SocketAnswer.AssertSetBackAsync(response, bytes, r => ErpErrorMapper.Instance.MapAsync(r, string.Empty));
    }

    [Fact]
    public async Task A_failure_code_in_a_200_is_the_error()
    {
        using var response = Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes("""{"code":20000,"info":{},"msg":"请求失败"}"""));

        var error = Assert.IsType<MemberCardsApiException>(await ErpErrorMapper.Instance.MapAsync(response, string.Empty));

        Assert.Equal("20000", error.ErrorCode);
        Assert.Equal("请求失败", error.ErrorMessage);
    }

    [Fact]
    public async Task A_404_reads_its_body_and_names_the_BaseAddress_setting()
    {
        using var response = Answer(HttpStatusCode.NotFound, Encoding.UTF8.GetBytes("""{"code":404,"msg":"no such path"}"""));

        var error = Assert.IsType<MemberCardsApiException>(await ErpErrorMapper.Instance.MapAsync(response, "north"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("no such path", error.ErrorMessage);
        Assert.Contains("BaseAddress", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_over_the_limit_without_a_Content_Length_is_not_read_whole_and_is_outcome_unknown()
    {
        var huge = Encoding.UTF8.GetBytes("{\"code\":10000,\"msg\":\"" + new string('x', ErpConstants.MaxAnswerBytes) + "\"}");
        using var response = Answer(HttpStatusCode.OK, huge);
        response.Content = new UnknownLengthContent(huge);

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => ErpErrorMapper.Instance.MapAsync(response, string.Empty).AsTask());

        var cause = Assert.IsType<HttpRequestException>(ex.InnerException);
        Assert.Contains("ErpConstants.MaxAnswerBytes", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_announced_over_the_limit_is_not_read_and_is_outcome_unknown()
    {
        using var response = Answer(HttpStatusCode.OK, Encoding.UTF8.GetBytes("{}"));
        response.Content.Headers.ContentLength = ErpConstants.MaxAnswerBytes + 1;

        var ex = await Assert.ThrowsAsync<MemberCardsOutcomeUnknownException>(() => ErpErrorMapper.Instance.MapAsync(response, string.Empty).AsTask());

        Assert.Contains("ErpConstants.MaxAnswerBytes", Assert.IsType<HttpRequestException>(ex.InnerException).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2_000)]
    [InlineData(100_000)]
    public Task A_success_is_held_once_and_Refits_buffering_copies_nothing(int size)
        => SocketAnswer.AssertHeldOnceAsync(output, "ERP", Body(size), bytes => Answer(HttpStatusCode.OK, bytes), r => ErpErrorMapper.Instance.MapAsync(r, string.Empty));

    /// <summary>An answer to the points change (a POST) as the socket hands it over: a stream with its Content-Length and Content-Type.</summary>
    private static HttpResponseMessage Answer(HttpStatusCode status, byte[] bytes)
        => SocketAnswer.Of(status, bytes, HttpMethod.Post, "https://erp.example.com/api/user/memberPoints");

    /// <summary>
    /// A success of exactly <paramref name="size"/> bytes: code 10000 and a long field the envelope does not read (so
    /// what is measured is the body's copies, not the strings or elements the envelope keeps).
    /// </summary>
    private static byte[] Body(int size) => SocketAnswer.Padded("{\"code\":10000,\"msg\":\"ok\",\"padding\":\"", size);

    /// <summary>A body whose length is not announced (chunked).</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(bytes, 0, bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
