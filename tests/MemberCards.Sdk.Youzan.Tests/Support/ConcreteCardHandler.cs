namespace MemberCards.Sdk.Youzan.Tests.Support;

internal sealed class ConcreteCardHandler(OrderRecorder recorder) : IYouzanMessageHandler<YouzanCardEvent>
{
    public Task HandleAsync(YouzanCardEvent message, YouzanMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Record("concrete", context);
        return Task.CompletedTask;
    }
}
