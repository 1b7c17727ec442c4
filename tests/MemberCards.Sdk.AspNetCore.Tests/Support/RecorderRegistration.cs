using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore.Tests.Support;

internal static class RecorderRegistration
{
    public static IServiceCollection AddScopedYouzanRecorder(this IServiceCollection services)
        => services.AddScoped<IYouzanPushHandler<YouzanCustomerCardEvent>, YouzanCustomerCardRecorder>();
}
