namespace MemberCards.Sdk.Youzan.Tests.Support;

internal sealed class FamilyHandler(OrderRecorder recorder) : IYouzanMessageHandler<YouzanEvent>
{
    public Task HandleAsync(YouzanEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Record("family:" + message.GetType().Name, context);
        return Task.CompletedTask;
    }
}
