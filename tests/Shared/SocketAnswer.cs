using System.Net;
using System.Text;

namespace MemberCards.Sdk.TestSources;

/// <summary>
/// Answers as the socket hands them to an error mapper (a stream with its <c>Content-Length</c> and a JSON
/// <c>Content-Type</c>), and the measure of what reading one allocates: what the mapper tests of WeChat and the ERP share.
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
    /// What <paramref name="read"/> allocates on this thread for one answer from <paramref name="answer"/>, after one
    /// warm-up answer (so that first-use costs are not counted); <paramref name="check"/> then reads the measured answer.
    /// </summary>
    public static async Task<long> AllocatedByAsync(Func<HttpResponseMessage> answer, Func<HttpResponseMessage, Task> read, Func<HttpResponseMessage, Task>? check = null)
    {
        using (var warm = answer())
        {
            await read(warm);
        }

        using var response = answer();
        var before = GC.GetAllocatedBytesForCurrentThread();
        await read(response);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (check is not null)
        {
            await check(response);
        }

        return allocated;
    }
}
