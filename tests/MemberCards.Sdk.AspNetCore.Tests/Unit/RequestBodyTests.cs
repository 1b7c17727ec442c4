using Microsoft.AspNetCore.Http;

namespace MemberCards.Sdk.AspNetCore.Tests.Unit;

/// <summary>How the endpoints read a body under its cap: the sender's Content-Length is not a reason to set memory aside.</summary>
public sealed class RequestBodyTests
{
    [Fact]
    public async Task A_declared_length_near_the_cap_sets_aside_no_more_than_the_bytes_that_arrive_need()
    {
        // An unauthenticated sender declares 8 MiB (under a cap of 16 MiB) and sends 100 bytes; the read completes
        // synchronously on this thread, so the thread's allocation counter sees every buffer.
        var context = new DefaultHttpContext();
        context.Request.ContentLength = 8 * 1024 * 1024;
        context.Request.Body = new MemoryStream(new byte[100]);
        await RequestBody.ReadAsync(context.Request, 16 * 1024 * 1024, CancellationToken.None); // warm-up

        context.Request.Body = new MemoryStream(new byte[100]);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var body = await RequestBody.ReadAsync(context.Request, 16 * 1024 * 1024, CancellationToken.None);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(100, body!.Value.Length);
        Assert.True(allocated < 256 * 1024, $"reading 100 bytes allocated {allocated} bytes");
    }

    [Fact]
    public async Task A_body_longer_than_the_first_buffer_is_read_whole_and_one_over_the_cap_is_refused()
    {
        var bytes = Enumerable.Range(0, 200_000).Select(static i => (byte)i).ToArray();
        var context = new DefaultHttpContext();
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);

        var body = await RequestBody.ReadAsync(context.Request, 1024 * 1024, CancellationToken.None);

        Assert.Equal(bytes, body!.Value.ToArray());
        context.Request.Body = new MemoryStream(bytes);
        Assert.Null(await RequestBody.ReadAsync(context.Request, bytes.Length - 1, CancellationToken.None));
    }
}
