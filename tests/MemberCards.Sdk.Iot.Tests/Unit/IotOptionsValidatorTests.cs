using MemberCards.Sdk.Iot;

namespace MemberCards.Sdk.Iot.Tests.Unit;

public sealed class IotOptionsValidatorTests
{
    private readonly IotOptionsValidator validator = new();

    [Fact]
    public void Defaults_are_valid()
    {
        var options = new IotOptions();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(1024 * 1024, options.MaxMessageBytes);
        Assert.Equal(TimeSpan.FromDays(1), options.DeduplicationWindow);
        Assert.Equal(TimeSpan.FromMinutes(2), options.ProcessingTimeout);
        Assert.Empty(options.AllowedTenants);
        Assert.Empty(options.AllowedProjects);
    }

    [Fact]
    public void Every_failure_names_its_setting()
    {
        var options = new IotOptions { MaxMessageBytes = 0, DeduplicationWindow = TimeSpan.Zero, ProcessingTimeout = TimeSpan.FromSeconds(-1) };
        options.AllowedTenants.Add("a/b");
        options.AllowedProjects.Add("");

        var result = validator.Validate("site2", options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(5, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("MemberCards:Iot(site2):MaxMessageBytes", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MemberCards:Iot(site2):DeduplicationWindow", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MemberCards:Iot(site2):ProcessingTimeout", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MemberCards:Iot(site2):AllowedTenants:0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("MemberCards:Iot(site2):AllowedProjects:0", StringComparison.Ordinal));
    }

    [Fact]
    public void The_size_cap_has_an_upper_limit()
    {
        Assert.True(validator.Validate(null, new IotOptions { MaxMessageBytes = IotOptions.MaxMessageBytesLimit }).Succeeded);
        Assert.True(validator.Validate(null, new IotOptions { MaxMessageBytes = IotOptions.MaxMessageBytesLimit + 1 }).Failed);
    }
}
