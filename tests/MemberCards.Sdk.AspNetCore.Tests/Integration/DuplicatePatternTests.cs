using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.AspNetCore.Tests.Integration;

/// <summary>Issue 19 item 10: a pattern mapped twice fails when it is mapped, not at the first push.</summary>
public sealed class DuplicatePatternTests
{
    private static WebApplication Build()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddMemberCards()
            .AddYouzan().Configure(o => { o.ClientId = "client"; o.ClientSecret = "secret"; })
            .AddYouzan("other").Configure(o => { o.ClientId = "client-b"; o.ClientSecret = "secret-b"; })
            .AddIotEvents();
        return builder.Build();
    }

    [Fact]
    public async Task MapYouzanPush_twice_on_one_pattern_fails_naming_the_pattern()
    {
        await using var app = Build();
        app.MapYouzanPush("/youzan/push");

        var error = Assert.Throws<InvalidOperationException>(() => app.MapYouzanPush("/youzan/push", "other"));

        Assert.Contains("'/youzan/push'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MapYouzanPush", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_mappers_on_one_pattern_fail_naming_both()
    {
        await using var app = Build();
        app.MapIotEvents("/push", o => o.AllowAnonymous = true);

        var error = Assert.Throws<InvalidOperationException>(() => app.MapYouzanPush("/Push/"));

        Assert.Contains("MapIotEvents", error.Message, StringComparison.Ordinal);
        Assert.Contains("MapYouzanPush", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Different_patterns_map()
    {
        await using var app = Build();
        app.MapYouzanPush("/youzan/a");
        app.MapYouzanPush("/youzan/b", "other");
        app.MapIotEvents("/iot", o => o.AllowAnonymous = true);
    }
}
