using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChatPay.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.WeChatPay.Tests.Integration;

/// <summary>The one registration entry and its builder verbs.</summary>
public sealed class BuilderTests
{
    [Fact]
    public async Task A_named_registration_binds_a_section_and_its_http_client_can_be_configured()
    {
        await using var emulator = await WeChatPayEmulator.StartAsync(TestKeys.Options());
        emulator.PutUserCard(WeChatPayEmulator.SampleUserCard());
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Merchants:BrandA:MerchantId"] = emulator.MerchantId,
            ["Merchants:BrandA:CertificateSerialNumber"] = emulator.MerchantKey.SerialNumber,
            ["Merchants:BrandA:PrivateKey"] = emulator.MerchantKey.PrivateKeyPem,
            ["Merchants:BrandA:PublicKeyId"] = emulator.PublicKeyId,
            ["Merchants:BrandA:PublicKey"] = emulator.PublicKey.PublicKeyPem,
            ["Merchants:BrandA:BaseAddress"] = emulator.BaseAddress.ToString(),
        }).Build();
        var seen = new List<string>();
        var services = new ServiceCollection();
        var builder = services.AddMemberCards()
            .AddWeChatPay("brandA")
            .Bind(configuration.GetSection("Merchants:BrandA"))
            .ConfigureHttpClient(http => http.AddHttpMessageHandler(() => new Recording(seen)));
        await using var provider = services.BuildServiceProvider();

        var card = await provider.GetRequiredService<IWeChatPayClientFactory>().Create("brandA").GetUserCardAsync(Harness.SampleGet());

        Assert.Equal("13800138000", card.PhoneNumber?.Reveal());
        Assert.Equal("MemberCards:WeChatPay(brandA)", builder.ToString());
        Assert.Equal("brandA", builder.Name);
        Assert.Equal(WeChatPayConstants.ServiceName, builder.Service);
        Assert.Equal(["brandA"], builder.Registrations.NamesOf(WeChatPayConstants.ServiceName));

        // A handler added through ConfigureHttpClient runs innermost: it sees the signed request.
        Assert.StartsWith("WECHATPAY2-SHA256-RSA2048 ", Assert.Single(seen), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_the_same_name_twice_returns_a_builder_of_the_same_registration()
    {
        var services = new ServiceCollection();
        var members = services.AddMemberCards();

        var first = members.AddWeChatPay("brandA");
        var second = first.AddWeChatPay("brandA");

        Assert.Equal(first.HttpClientName, second.HttpClientName);
        Assert.Equal(["brandA"], members.Registrations.NamesOf(WeChatPayConstants.ServiceName));
        Assert.Single(services, d => d.ServiceType == typeof(IWeChatPayClientFactory));
    }

    private sealed class Recording(List<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request.Headers.Authorization?.ToString() ?? "(none)");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
