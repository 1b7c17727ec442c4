namespace MemberCards.Sdk.Erp.Tests.Unit;

public sealed class ErpPointsOptionsValidatorTests
{
    private static readonly ErpPointsOptionsValidator Validator = new();

    [Theory]
    [InlineData("https://erp.example.com/")]
    [InlineData("http://127.0.0.1:8080/api")]
    public void Absolute_http_addresses_pass(string address)
        => Assert.True(Validator.Validate(string.Empty, new ErpPointsOptions { BaseAddress = new Uri(address) }).Succeeded);

    [Theory]
    [InlineData(null, "is empty: the section is missing")]
    [InlineData("ftp://erp.example.com/", "absolute http or https")]
    [InlineData("https://user:pass@erp.example.com/", "user info")]
    [InlineData("https://erp.example.com/?key=1", "query string")]
    public void Bad_addresses_fail_naming_the_setting(string? address, string expected)
    {
        var result = Validator.Validate(string.Empty, new ErpPointsOptions { BaseAddress = address is null ? null : new Uri(address) });

        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Erp", result.FailureMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("pass@", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_address_fails()
        => Assert.True(Validator.Validate(string.Empty, new ErpPointsOptions { BaseAddress = new Uri("/api", UriKind.Relative) }).Failed);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(301)]
    public void Timeout_outside_its_range_fails(int seconds)
    {
        var result = Validator.Validate("north", new ErpPointsOptions { BaseAddress = new Uri("https://erp.example.com/"), Timeout = TimeSpan.FromSeconds(seconds) });

        Assert.Contains("MemberCards:Erp(north):Timeout must be greater than zero", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_documented_values()
    {
        var options = new ErpPointsOptions();

        Assert.Equal(TimeSpan.FromSeconds(15), options.Timeout);
        Assert.Null(options.BaseAddress);
        Assert.Equal("MemberCards.Erp:", ErpPointsOptions.HttpClientName(string.Empty));
        Assert.Equal("MemberCards.Erp:north", ErpPointsOptions.HttpClientName("north"));
    }

    [Fact]
    public void Missing_base_address_is_named_in_the_one_setting_form()
    {
        var result = Validator.Validate("north", new ErpPointsOptions { Timeout = TimeSpan.FromSeconds(5) });

        Assert.Equal("MemberCards:Erp(north):BaseAddress is required, for example https://erp.example.com/api/.", Assert.Single(result.Failures!));
    }
}
