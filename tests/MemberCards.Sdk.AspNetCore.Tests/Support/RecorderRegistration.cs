using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

internal static class RecorderRegistration
{
    public static YouzanBuilder AddYouzanRecorder(this YouzanBuilder youzan)
        => youzan.AddHandler<YouzanCustomerCardEvent, YouzanCustomerCardRecorder>();
}
