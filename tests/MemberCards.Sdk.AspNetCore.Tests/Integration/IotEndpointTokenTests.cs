using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

/// <summary>
/// IoT messages carry no signature, so an IoT endpoint mapped without a bridge token would accept anyone: it is refused
/// when mapped (the host opts out with <c>AllowAnonymous</c>), not discovered in production.
/// </summary>
public sealed class IotEndpointTokenTests
{
    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddMemberCards().AddIotEvents();
        return builder.Build();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Mapping_without_a_token_fails_naming_the_pattern_AccessToken_and_AllowAnonymous(string? token)
    {
        await using var app = Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapIotEvents("/iot/events", o => o.AccessToken = token));

        Assert.Contains("MapIotEvents(\"/iot/events\")", error.Message, StringComparison.Ordinal);
        Assert.Contains("IotHttpEndpointOptions.AccessToken is not set", error.Message, StringComparison.Ordinal);
        Assert.Contains("IotHttpEndpointOptions.AllowAnonymous = true", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_token_read_from_a_configuration_key_that_does_not_exist_fails_at_mapping()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddMemberCards().AddIotEvents();
        await using var app = builder.Build();

        Assert.Throws<InvalidOperationException>(() => app.MapIotEvents("/iot/events", o => o.AccessToken = builder.Configuration["IotBridgeToken"]));
    }

    [Fact]
    public async Task AllowAnonymous_maps_an_endpoint_without_a_token_for_a_route_protected_otherwise()
    {
        await using var app = Build();

        var endpoint = app.MapIotEvents("/iot/events", o => o.AllowAnonymous = true).RequireAuthorization();

        Assert.NotNull(endpoint);
    }

    [Fact]
    public void ToString_shows_AllowAnonymous_and_not_the_token()
    {
        var text = new IotHttpEndpointOptions { AccessToken = "bridge-shared-secret", AllowAnonymous = true }.ToString();

        Assert.Contains("AllowAnonymous = True", text, StringComparison.Ordinal);
        Assert.DoesNotContain("bridge-shared-secret", text, StringComparison.Ordinal);
    }
}
