using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChat.Tests.Support;

/// <summary>Builds a registration's dispatcher (with handlers registered through the real builder) for unit tests.</summary>
internal static class Dispatchers
{
    /// <summary>A clock at the time the tests' signed timestamp 1716192000 was made.</summary>
    public static FakeTimeProvider ClockAtSigning() => new(DateTimeOffset.FromUnixTimeSeconds(1716192000));

    public static WeChatDispatcher Create(WeChatCardsOptions options, Action<WeChatCardsBuilder>? handlers = null, Recorder? recorder = null, TimeProvider? time = null)
    {
        time ??= ClockAtSigning();
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton(recorder ?? new Recorder());
        var builder = services.AddMemberCards().AddWeChatCards(o => Copy(options, o));
        handlers?.Invoke(builder);
        var provider = services.BuildServiceProvider();
        return (WeChatDispatcher)provider.GetRequiredService<IWeChatDispatcherFactory>().Create(string.Empty);
    }

    private static void Copy(WeChatCardsOptions from, WeChatCardsOptions to)
    {
        to.AppId = from.AppId;
        to.AppSecret = from.AppSecret;
        to.PushToken = from.PushToken;
        to.EncodingAesKey = from.EncodingAesKey;
        to.MaxMessageBytes = from.MaxMessageBytes;
        to.RequireEncryptedPushes = from.RequireEncryptedPushes;
        to.DeduplicationWindow = from.DeduplicationWindow;
        to.PushTimestampWindow = from.PushTimestampWindow;
    }
}

/// <summary>Counts the events the recording handlers saw, in order; can be told to fail.</summary>
internal sealed class Recorder
{
    private int count;
    private int failuresLeft;

    public System.Collections.Concurrent.ConcurrentQueue<(string Handler, WeChatEvent Event, WeChatMessageContext Context)> Seen { get; } = new();

    public int Count => Volatile.Read(ref count);

    public int FailuresLeft
    {
        get => Volatile.Read(ref failuresLeft);
        set => Volatile.Write(ref failuresLeft, value);
    }

    /// <summary>How long each handler call takes.</summary>
    public TimeSpan Delay { get; set; }

    public async Task RecordAsync(string handler, WeChatEvent @event, WeChatMessageContext context)
    {
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay);
        }

        if (Interlocked.Decrement(ref failuresLeft) >= 0)
        {
            throw new InvalidOperationException("db down");
        }

        Interlocked.Increment(ref count);
        Seen.Enqueue((handler, @event, context));
    }
}

/// <summary>A handler that records what it saw.</summary>
internal sealed class RecordingHandler<TEvent>(Recorder recorder) : IWeChatMessageHandler<TEvent>
    where TEvent : WeChatEvent
{
    public Task HandleAsync(TEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
        => recorder.RecordAsync(typeof(TEvent).Name, message, context);
}

/// <summary>A second handler type, to check the order between two handlers.</summary>
internal sealed class SecondRecordingHandler<TEvent>(Recorder recorder) : IWeChatMessageHandler<TEvent>
    where TEvent : WeChatEvent
{
    public Task HandleAsync(TEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
        => recorder.RecordAsync("second " + typeof(TEvent).Name, message, context);
}
