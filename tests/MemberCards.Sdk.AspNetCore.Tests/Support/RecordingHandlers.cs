using MemberCards.Sdk.Iot;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

internal sealed class YouzanCustomerCardRecorder(HandledMessages handled) : IYouzanMessageHandler<YouzanCustomerCardEvent>
{
    public Task HandleAsync(YouzanCustomerCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(message);
}

internal sealed class WeChatUserGetCardRecorder(HandledMessages handled) : IWeChatMessageHandler<WeChatUserGetCardEvent>
{
    public Task HandleAsync(WeChatUserGetCardEvent message, WeChatMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(message);
}

internal sealed class WeChatAnyEventRecorder(HandledMessages handled) : IWeChatMessageHandler<WeChatEvent>
{
    public Task HandleAsync(WeChatEvent message, WeChatMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(("any", message.EventName));
}

internal sealed class WeChatPayRecorder(HandledMessages handled) : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
{
    public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(message);
}

internal sealed class WeChatPayAnyMessageRecorder(HandledMessages handled) : IWeChatPayMessageHandler<object>
{
    public Task HandleAsync(object message, WeChatPayMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(("any", message));
}

internal sealed class IotCustomerAddRecorder(HandledMessages handled) : IIotMessageHandler<CustomerAddEvent>
{
    public Task HandleAsync(CustomerAddEvent @event, IotMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync(@event);
}

/// <summary>Records which registration a WeChat Pay user card event was dispatched under, with the event.</summary>
internal sealed class WeChatPayRegistrationRecorder(HandledMessages handled) : IWeChatPayMessageHandler<WeChatPayUserCardEvent>
{
    public Task HandleAsync(WeChatPayUserCardEvent message, WeChatPayMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync((context.RegistrationName, message));
}

/// <summary>Records which registration a WeChat user_get_card push was dispatched under, with the event.</summary>
internal sealed class WeChatRegistrationRecorder(HandledMessages handled) : IWeChatMessageHandler<WeChatUserGetCardEvent>
{
    public Task HandleAsync(WeChatUserGetCardEvent message, WeChatMessageContext context, CancellationToken cancellationToken) => handled.RecordAsync((context.RegistrationName, message));
}
