using MemberCards.Sdk.Iot;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

internal sealed class YouzanCustomerCardRecorder(HandledMessages handled) : IYouzanPushHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, CancellationToken cancellationToken) => handled.RecordAsync(message);
}

internal sealed class WeChatUserGetCardRecorder(HandledMessages handled) : IWeChatEventHandler<WeChatUserGetCardEvent>
{
    public Task HandleAsync(WeChatUserGetCardEvent @event, CancellationToken cancellationToken) => handled.RecordAsync(@event);
}

internal sealed class WeChatAnyEventRecorder(HandledMessages handled) : IWeChatEventHandler<WeChatEvent>
{
    public Task HandleAsync(WeChatEvent @event, CancellationToken cancellationToken) => handled.RecordAsync(("any", @event.EventName));
}

internal sealed class WeChatPayRecorder(HandledMessages handled) : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
{
    public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(message);
}

internal sealed class IotCustomerAddRecorder(HandledMessages handled) : IIotEventHandler<CustomerAddEvent>
{
    public Task HandleAsync(CustomerAddEvent @event, IotEventContext context, CancellationToken cancellationToken) => handled.RecordAsync(@event);
}
