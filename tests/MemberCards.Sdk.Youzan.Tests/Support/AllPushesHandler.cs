namespace MemberCards.Sdk.Youzan.Tests.Support;

internal sealed class AllPushesHandler(OrderRecorder recorder) : IYouzanMessageHandler<YouzanPush>
{
    public Task HandleAsync(YouzanPush message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Record("all:" + message.Type, context);
        return Task.CompletedTask;
    }
}
