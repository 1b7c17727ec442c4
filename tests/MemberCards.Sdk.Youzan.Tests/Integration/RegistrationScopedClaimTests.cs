using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Youzan.Tests.Integration;

/// <summary>Claim keys carry the registration name, so two apps of one host never suppress each other's handlers.</summary>
public sealed class RegistrationScopedClaimTests
{
    [Fact]
    public async Task The_same_push_is_handled_once_per_registration_and_named_keys_carry_the_name()
    {
        var services = new ServiceCollection();
        services.AddSingleton<PushRecorder>();
        var memberCards = services.AddMemberCards();
        memberCards.AddYouzan().Configure(Configure).AddHandler<YouzanCardEvent, CardHandler>();
        memberCards.AddYouzan("brandB").Configure(Configure);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IYouzanDispatcherFactory>();
        var body = YouzanSamples.SignedCardBody();

        var first = await factory.Create(string.Empty).DispatchAsync(body, eventSign: null);
        var named = await factory.Create("brandB").DispatchAsync(body, eventSign: null);
        var again = await factory.Create("brandB").DispatchAsync(body, eventSign: null);

        Assert.Equal(InboundOutcome.Handled, first.Outcome);
        Assert.Equal(InboundOutcome.Handled, named.Outcome);
        Assert.Equal(InboundOutcome.Duplicate, again.Outcome);
        Assert.Equal(YouzanSamples.CardMessageKey, first.DeduplicationKey);
        Assert.Equal(first.DeduplicationKey + "@brandB", named.DeduplicationKey);
        Assert.Equal(2, provider.GetRequiredService<PushRecorder>().Cards.Count);
    }

    private static void Configure(YouzanOptions o)
    {
        o.ClientId = YouzanSamples.ClientId;
        o.ClientSecret = YouzanSamples.Secret;
    }
}
