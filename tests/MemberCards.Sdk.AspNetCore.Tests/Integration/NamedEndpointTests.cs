using System.Net;
using MemberCards.Sdk.AspNetCore.Tests.Support;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.Youzan;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

/// <summary>Hosts serving several merchants map one route per options name.</summary>
public sealed class NamedEndpointTests
{
    [Fact]
    public async Task Each_Youzan_route_verifies_with_the_secret_of_its_own_app()
    {
        await using var host = await ReceiverHost.StartAsync(
            b =>
            {
                b.AddYouzan("brand-a").Configure(o => { o.ClientId = "client-a"; o.ClientSecret = "secret-a"; }).AddYouzanRecorder();
                b.AddYouzan("brand-b").Configure(o => { o.ClientId = "client-b"; o.ClientSecret = "secret-b"; });
            },
            app =>
            {
                app.MapYouzanPush("/youzan/a", "brand-a");
                app.MapYouzanPush("/youzan/b", "brand-b");
            });
        using var brandA = new YouzanPushEmulator("client-a", "secret-a");
        var push = brandA.CustomerCardPush("A-1", "alias", "CUSTOMER_CARD_TAKEN", "13800001111", 0, 0, DateTimeOffset.UnixEpoch);

        var toA = await brandA.SendAsync(host.Url("/youzan/a"), push);
        var toB = await brandA.SendAsync(host.Url("/youzan/b"), push);

        Assert.True(toA.Acknowledged);
        Assert.Equal(401, toB.StatusCode);
        Assert.Equal("A-1", Assert.Single(host.Handled.Of<YouzanCustomerCardEvent>()).CardNo);
    }

    [Fact]
    public async Task An_IoT_route_uses_the_size_cap_and_tenant_filter_of_its_named_configuration()
    {
        await using var host = await ReceiverHost.StartAsync(
            b => b.AddIotEvents("strict").Configure(o =>
                {
                    o.MaxMessageBytes = 4096;
                    o.AllowedTenants.Add("another-tenant");
                })
                .AddHandler<CustomerAddEvent, IotCustomerAddRecorder>(),
            app => app.MapIotEvents("/iot/strict", o =>
            {
                o.Name = "strict";
                o.AllowAnonymous = true;
            }));
        using var http = new HttpClient();
        var publisher = new IotHttpPublisher(http);

        var ignored = await publisher.PublishAsync(host.Url("/iot/strict"), IotSamples.Topic, new IotMessageBuilder().Add(new CustomerAddEvent { Id = 1 }));
        var tooLarge = await publisher.PublishAsync(host.Url("/iot/strict"), "another-tenant/proj_1/v1-business-customer", new byte[5000]);

        Assert.Equal(HttpStatusCode.OK, ignored);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Empty(host.Handled.All);
    }
}
