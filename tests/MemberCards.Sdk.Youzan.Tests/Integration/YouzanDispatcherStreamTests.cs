using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

public class YouzanDispatcherStreamTests
{
    private static ServiceProvider Build(int maxBodyBytes)
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddYouzan()
            .Configure(o =>
            {
                o.ClientId = YouzanSamples.ClientId;
                o.ClientSecret = YouzanSamples.Secret;
                o.MaxMessageBytes = maxBodyBytes;
            })
            .AddHandler<YouzanCardEvent, CardHandler>();
        services.AddSingleton<PushRecorder>();
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task Reads_a_push_from_a_forward_only_stream()
    {
        await using var provider = Build(4096);
        using var stream = new ForwardOnlyStream(YouzanSamples.SignedCardBody());

        var result = await provider.GetRequiredService<IYouzanDispatcher>().DispatchAsync(stream, eventSign: null);

        Assert.Equal(InboundOutcome.Handled, result.Outcome);
        Assert.Equal(YouzanSamples.CardMessageKey, result.DeduplicationKey);
        Assert.Equal(YouzanCardStatus.Created, Assert.Single(provider.GetRequiredService<PushRecorder>().Cards).Status);
    }

    [Fact]
    public async Task Stops_reading_a_forward_only_stream_past_the_cap()
    {
        await using var provider = Build(1024);
        var endless = new ForwardOnlyStream(new byte[50 * 1024 * 1024]);

        var ex = await Assert.ThrowsAsync<MemberCardsMessageTooLargeException>(() => provider.GetRequiredService<IYouzanDispatcher>().DispatchAsync(endless, eventSign: null));

        Assert.Equal(1024, ex.Limit);
        Assert.True(endless.BytesRead <= 1024 + (16 * 1024), $"read {endless.BytesRead} bytes");
    }

    private sealed class ForwardOnlyStream(byte[] data) : Stream
    {
        private int position;

        public int BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, 4096), data.Length - position);
            Array.Copy(data, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
