using System.Collections.Concurrent;
using MemberCards.Sdk.AspNetCore;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Samples.Quickstart;

/// <summary>What the merchant host's endpoints received, for the story to wait on.</summary>
public sealed class StoryInbox
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<WeChatUserGetCardEvent>> userGetCard = new(StringComparer.Ordinal);

    public TaskCompletionSource<YouzanCustomerCardEvent> YouzanCustomerCard { get; } = New<YouzanCustomerCardEvent>();

    public TaskCompletionSource<(CustomerAddEvent Event, IotMessageContext Context)> IotCustomerAdd { get; } = New<(CustomerAddEvent, IotMessageContext)>();

    /// <summary>The first <c>user_get_card</c> of a channel: its <c>OuterStr</c> (the QR code's, the web page's).</summary>
    public TaskCompletionSource<WeChatUserGetCardEvent> UserGetCard(string? outerStr) => userGetCard.GetOrAdd(outerStr ?? string.Empty, _ => New<WeChatUserGetCardEvent>());

    private static TaskCompletionSource<T> New<T>() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

internal sealed class UserGetCardHandler(StoryInbox inbox) : IWeChatMessageHandler<WeChatUserGetCardEvent>
{
    public Task HandleAsync(WeChatUserGetCardEvent message, WeChatMessageContext context, CancellationToken cancellationToken)
    {
        inbox.UserGetCard(message.OuterStr).TrySetResult(message);
        return Task.CompletedTask;
    }
}

internal sealed class YouzanCustomerCardHandler(StoryInbox inbox) : IYouzanMessageHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        inbox.YouzanCustomerCard.TrySetResult(message);
        return Task.CompletedTask;
    }
}

internal sealed class IotCustomerAddHandler(StoryInbox inbox) : IIotMessageHandler<CustomerAddEvent>
{
    public Task HandleAsync(CustomerAddEvent @event, IotMessageContext context, CancellationToken cancellationToken)
    {
        inbox.IotCustomerAdd.TrySetResult((@event, context));
        return Task.CompletedTask;
    }
}
