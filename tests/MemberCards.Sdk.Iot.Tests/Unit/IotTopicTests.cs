using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

public sealed class IotTopicTests
{
    [Theory]
    [InlineData("acme/proj_1080446148159139840/v1-business-customer", "acme", "1080446148159139840")]
    [InlineData("租户/proj_项目/v1-business-customer", "租户", "项目")]
    [InlineData("t/proj_proj_x/v1-business-customer", "t", "proj_x")]
    public void Parse_reads_tenant_and_project(string topic, string tenant, string project)
    {
        var parsed = IotTopic.Parse(topic);

        Assert.Equal(tenant, parsed.Tenant);
        Assert.Equal(project, parsed.Project);
        Assert.Equal(topic, parsed.ToString());
        Assert.True(IotTopic.TryParse(topic, out var again));
        Assert.Equal(parsed, again);
        Assert.Equal(parsed.GetHashCode(), again.GetHashCode());
    }

    [Theory]
    [InlineData(null, "empty")]
    [InlineData("", "empty")]
    [InlineData("acme/proj_1/v1-business-customer/extra", "three levels")]
    [InlineData("acme/v1-business-customer", "three levels")]
    [InlineData("/acme/proj_1/v1-business-customer", "three levels")]
    [InlineData("acme/proj_1/v1-business-company", "last level")]
    [InlineData("acme/proj_1/V1-business-customer", "last level")]
    [InlineData("acme/project_1/v1-business-customer", "proj_")]
    [InlineData("acme/1/v1-business-customer", "proj_")]
    [InlineData("acme/proj_/v1-business-customer", "project is empty")]
    [InlineData("/proj_1/v1-business-customer", "tenant is empty")]
    [InlineData("+/proj_1/v1-business-customer", "tenant holds")]
    [InlineData("acme/proj_#/v1-business-customer", "project holds")]
    public void Anything_else_is_a_clear_format_exception(string? topic, string reason)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => IotTopic.Parse(topic));

        Assert.Equal("Iot", ex.Service);
        Assert.Equal("topic", ex.Target);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.Contains("{tenant}/proj_{project}/v1-business-customer", ex.Message, StringComparison.Ordinal);
        Assert.False(IotTopic.TryParse(topic, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void A_very_long_topic_is_shortened_in_the_exception()
    {
        var topic = new string('a', 5000);
        var ex = Assert.Throws<MemberCardsFormatException>(() => IotTopic.Parse(topic));
        Assert.True(ex.Message.Length < 400, ex.Message);
    }

    [Fact]
    public void Subscription_filters_use_whole_level_wildcards()
    {
        Assert.Equal("+/+/v1-business-customer", IotTopic.SubscriptionFilter());
        Assert.Equal("acme/+/v1-business-customer", IotTopic.SubscriptionFilter(tenant: "acme"));
        Assert.Equal("+/proj_42/v1-business-customer", IotTopic.SubscriptionFilter(project: "42"));
        Assert.Equal("acme/proj_42/v1-business-customer", new IotTopic("acme", "42").ToString());
        Assert.Throws<ArgumentException>(() => IotTopic.SubscriptionFilter(tenant: "a/b"));
        Assert.Throws<ArgumentException>(() => new IotTopic("acme", ""));
    }
}
