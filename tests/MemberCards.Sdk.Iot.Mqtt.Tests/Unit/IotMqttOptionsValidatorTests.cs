using MemberCards.Sdk.Iot.Mqtt;

namespace MemberCards.Sdk.Iot.Mqtt.Tests.Unit;

public sealed class IotMqttOptionsValidatorTests
{
    private readonly IotMqttOptionsValidator validator = new();

    private static IotMqttOptions Valid()
    {
        var options = new IotMqttOptions { Server = "broker.example", ClientId = "host-1" };
        options.Topics.Add("acme/+/v1-business-customer");
        return options;
    }

    [Fact]
    public void Defaults_with_server_client_id_and_topic_are_valid()
    {
        var options = Valid();

        Assert.True(validator.Validate(null, options).Succeeded);
        Assert.Equal(1883, options.Port);
        Assert.Equal(1, options.QualityOfService);
        Assert.True(options.PersistentSession);
        Assert.Equal(TimeSpan.FromDays(1), options.SessionExpiry);
        Assert.Equal(1024 * 1024, options.SocketBufferSize);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4095)]
    [InlineData(64 * 1024 * 1024 + 1)]
    public void A_SocketBufferSize_out_of_range_is_refused_with_the_setting_and_the_bounds(int size)
    {
        var options = Valid();
        options.SocketBufferSize = size;

        var failure = Assert.Single(validator.Validate("north", options).Failures!);
        Assert.StartsWith("MemberCards:Iot(north):Mqtt:SocketBufferSize must be between 4096 and 67108864 bytes", failure, StringComparison.Ordinal);
        Assert.Contains($"(it is {size})", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4096)]
    [InlineData(8192)]
    [InlineData(64 * 1024 * 1024)]
    public void A_SocketBufferSize_within_range_is_accepted(int size)
    {
        var options = Valid();
        options.SocketBufferSize = size;

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Every_failure_names_its_setting()
    {
        var options = new IotMqttOptions
        {
            Port = 0,
            QualityOfService = 3,
            SessionExpiry = TimeSpan.Zero,
            KeepAlive = TimeSpan.Zero,
            ConnectTimeout = TimeSpan.Zero,
            ReconnectMinDelay = TimeSpan.FromSeconds(5),
            ReconnectMaxDelay = TimeSpan.FromSeconds(1),
            TlsClientCertificateFile = "/nonexistent/client.pem",
            Password = "secret",
        };
        options.Topics.Add("acme/#/x");

        var failures = validator.Validate("north", options).Failures!.ToList();

        foreach (var key in new[] { "Server", "Port", "ClientId", "Topics:0", "QualityOfService", "SessionExpiry", "KeepAlive", "ConnectTimeout", "ReconnectMaxDelay", "UseTls", "TlsClientCertificateFile", "Username" })
        {
            Assert.Contains(failures, f => f.StartsWith($"MemberCards:Iot(north):Mqtt:{key} ", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(failures, f => f.Contains("secret", StringComparison.Ordinal));
    }

    [Fact]
    public void No_topic_is_refused()
    {
        var options = Valid();
        options.Topics.Clear();

        var failure = Assert.Single(validator.Validate(null, options).Failures!);
        Assert.StartsWith("MemberCards:Iot:Mqtt:Topics needs at least one topic filter", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("acme/proj_1/v1-business-customer", true)]
    [InlineData("acme/+/v1-business-customer", true)]
    [InlineData("+/+/v1-business-customer", true)]
    [InlineData("acme/#", true)]
    [InlineData("#", true)]
    [InlineData("acme/#/x", false)]
    [InlineData("acme/proj_+/v1-business-customer", false)]
    [InlineData("acme/a#", false)]
    [InlineData("", false)]
    public void Topic_filters_follow_the_MQTT_rules(string filter, bool valid)
        => Assert.Equal(valid, IotMqttOptionsValidator.IsValidFilter(filter));

    [Fact]
    public void ToString_never_shows_the_password()
    {
        var options = Valid();
        options.Username = "user";
        options.Password = "p@ss";

        Assert.DoesNotContain("p@ss", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a+")]
    [InlineData("#")]
    [InlineData("two words")]
    public void A_SharedGroup_that_is_not_one_topic_level_name_is_refused(string group)
    {
        var options = Valid();
        options.SharedGroup = group;

        var failure = Assert.Single(validator.Validate("north", options).Failures!);
        Assert.StartsWith("MemberCards:Iot(north):Mqtt:SharedGroup must be a name without '/', '+', '#' or spaces", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_topic_already_written_as_a_shared_subscription_is_refused_when_SharedGroup_is_set()
    {
        var options = Valid();
        options.Topics.Add("$share/other/acme/+/v1-business-customer");
        options.SharedGroup = "member-sync";

        var failure = Assert.Single(validator.Validate(null, options).Failures!);
        Assert.StartsWith("MemberCards:Iot:Mqtt:Topics:1 is already a shared subscription", failure, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Iot:Mqtt:SharedGroup", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_SharedGroup_and_an_InstanceName_that_are_names_are_accepted()
    {
        var options = Valid();
        options.SharedGroup = "member-sync";
        options.InstanceName = "pod-0";

        Assert.True(validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("")]
    [InlineData("pod 0")]
    [InlineData("pod\t0")]
    public void An_InstanceName_with_spaces_or_empty_is_refused(string instance)
    {
        var options = Valid();
        options.InstanceName = instance;

        var failure = Assert.Single(validator.Validate("north", options).Failures!);
        Assert.StartsWith("MemberCards:Iot(north):Mqtt:InstanceName must be a name without spaces", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_id_and_instance_name_longer_than_256_together_are_refused()
    {
        var options = Valid();
        options.ClientId = new string('c', 200);
        options.InstanceName = new string('i', 56);

        var failure = Assert.Single(validator.Validate(null, options).Failures!);
        Assert.StartsWith("MemberCards:Iot:Mqtt:ClientId and MemberCards:Iot:Mqtt:InstanceName together make a client id of more than 256 characters", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(IotMqttOptions.TlsClientKeyFile))]
    [InlineData(nameof(IotMqttOptions.TlsClientCertificateFile))]
    [InlineData(nameof(IotMqttOptions.TlsCaCertificateFile))]
    public void Key_text_pasted_into_a_TLS_file_setting_is_not_echoed(string setting)
    {
        const string body = "MHcCAQEEIBkgS3Kq2n8pQx7dZ4vTf1uW9yLc0hJmRa6eNbVoPi5GoAoGCCqGSM49";
        var pem = $"-----BEGIN EC PRIVATE KEY-----\n{body}\n-----END EC PRIVATE KEY-----\n";
        var options = Valid();
        options.UseTls = true;
        options.TlsClientCertificateFile = "/nonexistent/client.pem";
        options.TlsClientKeyFile = "/nonexistent/client.key";
        typeof(IotMqttOptions).GetProperty(setting)!.SetValue(options, pem);

        var failures = validator.Validate("north", options).Failures!.ToList();

        var failure = Assert.Single(failures, f => f.StartsWith($"MemberCards:Iot(north):Mqtt:{setting} ", StringComparison.Ordinal));
        Assert.Contains("not a path; not shown", failure, StringComparison.Ordinal);
        Assert.DoesNotContain(failures, f => f.Contains(body, StringComparison.Ordinal) || f.Contains("BEGIN", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_TLS_file_is_named_with_its_path()
    {
        var options = Valid();
        options.UseTls = true;
        options.TlsCaCertificateFile = "/nonexistent/ca.pem";

        var failure = Assert.Single(validator.Validate("north", options).Failures!);

        Assert.Equal("MemberCards:Iot(north):Mqtt:TlsCaCertificateFile names a file that does not exist ('/nonexistent/ca.pem').", failure);
    }
}
