using System.Net;
using System.Text;
using Xunit;
using Xunit.Abstractions;

namespace MemberCards.Sdk.TestSources;

/// <summary>
/// Answers as the socket hands them to an error mapper (a stream with its <c>Content-Length</c> and a JSON
/// <c>Content-Type</c>), and the checks the mapper tests of WeChat and the ERP share.
/// </summary>
internal static class SocketAnswer
{
    /// <summary>An answer of <paramref name="bytes"/> to a request of <paramref name="method"/> to <paramref name="url"/>.</summary>
    public static HttpResponseMessage Of(HttpStatusCode status, byte[] bytes, HttpMethod method, string url)
    {
        var content = new StreamContent(new MemoryStream(bytes));
        content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        content.Headers.ContentLength = bytes.Length;
        return new HttpResponseMessage(status) { Content = content, RequestMessage = new HttpRequestMessage(method, url) };
    }

    /// <summary>
    /// A JSON object of exactly <paramref name="size"/> bytes: <paramref name="head"/> (which opens a string value) and
    /// <c>x</c> up to the size, so that what a test measures is the body's copies, not strings a reader keeps.
    /// </summary>
    public static byte[] Padded(string head, int size)
    {
        const string Tail = "\"}";
        return Encoding.UTF8.GetBytes(head + new string('x', size - head.Length - Tail.Length) + Tail);
    }

    /// <summary>
    /// Checks that <paramref name="map"/> accepts a success and leaves it buffered in place for the caller: the same bytes, readable
    /// again and again, with every content header (one more than the socket's is added first).
    /// </summary>
    public static async Task AssertSetBackAsync(HttpResponseMessage response, byte[] bytes, Func<HttpResponseMessage, ValueTask<Exception?>> map)
    {
        response.Content.Headers.ContentLanguage.Add("zh-CN");

        Assert.Null(await map(response));

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(["zh-CN"], response.Content.Headers.ContentLanguage);
        Assert.Equal(bytes.Length, response.Content.Headers.ContentLength);
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(bytes, await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// Checks that a success of <paramref name="bytes"/> is copied once at most by <paramref name="map"/> and then Refit's
    /// buffering before it deserializes (what they allocate on this thread, after one warm-up answer, stays under the
    /// body's size plus 3,000 B), and reads back whole.
    /// </summary>
    public static async Task AssertHeldOnceAsync(ITestOutputHelper output, string service, byte[] bytes, Func<byte[], HttpResponseMessage> answer, Func<HttpResponseMessage, ValueTask<Exception?>> map)
    {
        async Task MapAndBufferAsync(HttpResponseMessage response)
        {
            Assert.Null(await map(response));
            await response.Content.LoadIntoBufferAsync();
        }

        using (var warm = answer(bytes))
        {
            await MapAndBufferAsync(warm);
        }

        using var measured = answer(bytes);
        var before = GC.GetAllocatedBytesForCurrentThread();
        await MapAndBufferAsync(measured);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        output.WriteLine($"{service} 200 of {bytes.Length} B: {allocated} B allocated by the mapper and Refit's buffering");
        Assert.True(allocated < bytes.Length + 3_000, $"a {bytes.Length} B answer allocated {allocated} B: copied more than once");
        Assert.Equal(bytes, await measured.Content.ReadAsByteArrayAsync());
    }
}
