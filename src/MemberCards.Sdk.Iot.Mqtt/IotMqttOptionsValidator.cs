namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>Validates <see cref="IotMqttOptions"/> at host start; each message names the setting (<c>MemberCards:Iot(name):Mqtt:Key</c>).</summary>
internal sealed class IotMqttOptionsValidator : IValidateOptions<IotMqttOptions>
{
    private const int MaxClientIdLength = 256;

    public ValidateOptionsResult Validate(string? name, IotMqttOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Server) && string.IsNullOrWhiteSpace(options.ClientId) && options.Topics.Count == 0)
        {
            return ValidateOptionsResult.Fail(MemberCardsSectionMissing.Message(
                MemberCardsSettingName.Of(IotConstants.ServiceName, name, "Mqtt"),
                "the MQTT broker, the session's client id and the topics to subscribe to",
                $"AddMqttSubscription(o => ...) on AddIotEvents({(name.Length == 0 ? string.Empty : $"\"{name}\"")})",
                Setting(name, nameof(options.Server)),
                Setting(name, nameof(options.ClientId)),
                Setting(name, nameof(options.Topics))));
        }

        if (string.IsNullOrWhiteSpace(options.Server))
        {
            failures.Add($"{Setting(name, nameof(options.Server))} is required: the broker's host name or IP address.");
        }

        if (options.Port is < 1 or > 65535)
        {
            failures.Add($"{Setting(name, nameof(options.Port))} must be between 1 and 65535 (it is {options.Port}).");
        }

        if (string.IsNullOrWhiteSpace(options.ClientId) || options.ClientId.Length > MaxClientIdLength)
        {
            failures.Add($"{Setting(name, nameof(options.ClientId))} is required (1 to {MaxClientIdLength} characters), stable across restarts and unique per running instance: the broker keeps the session under it.");
        }

        if (options.InstanceName is { } instance && (instance.Length == 0 || instance.Any(char.IsWhiteSpace) || instance.Any(char.IsControl)))
        {
            failures.Add($"{Setting(name, nameof(options.InstanceName))} must be a name without spaces or control characters, such as the machine or pod name (it is '{instance}'); leave it unset for one instance.");
        }
        else if (!string.IsNullOrWhiteSpace(options.ClientId) && IotMqttClientOptions.ClientId(options).Length > MaxClientIdLength)
        {
            failures.Add($"{Setting(name, nameof(options.ClientId))} and {Setting(name, nameof(options.InstanceName))} together make a client id of more than {MaxClientIdLength} characters ('{{ClientId}}-{{InstanceName}}').");
        }

        if (options.SharedGroup is { } group && (group.Length == 0 || group.IndexOfAny(['/', '+', '#', '\0']) >= 0 || group.Any(char.IsWhiteSpace)))
        {
            failures.Add($"{Setting(name, nameof(options.SharedGroup))} must be a name without '/', '+', '#' or spaces, such as 'member-sync' (it is '{group}'); leave it unset when every instance should receive every message.");
        }

        if (options.Topics.Count == 0)
        {
            failures.Add($"{Setting(name, nameof(options.Topics))} needs at least one topic filter, such as 'tenant/proj_123/v1-business-customer' or 'tenant/+/v1-business-customer'.");
        }

        for (var i = 0; i < options.Topics.Count; i++)
        {
            if (!IsValidFilter(options.Topics[i]))
            {
                failures.Add($"{Setting(name, nameof(options.Topics))}:{i} is not a valid MQTT topic filter ('+' and '#' only as a whole level, '#' only last; it is '{options.Topics[i]}').");
            }
            else if (!string.IsNullOrEmpty(options.SharedGroup) && options.Topics[i].StartsWith(IotMqttClientOptions.SharedPrefix, StringComparison.Ordinal))
            {
                failures.Add($"{Setting(name, nameof(options.Topics))}:{i} is already a shared subscription ('{options.Topics[i]}') while {Setting(name, nameof(options.SharedGroup))} is set: write the plain filter; the group is added to every topic.");
            }
        }

        if (options.QualityOfService is < 0 or > 2)
        {
            failures.Add($"{Setting(name, nameof(options.QualityOfService))} must be 0, 1 or 2 (it is {options.QualityOfService}).");
        }

        if (options.PersistentSession && (options.SessionExpiry < TimeSpan.FromSeconds(1) || options.SessionExpiry.TotalSeconds > uint.MaxValue))
        {
            failures.Add($"{Setting(name, nameof(options.SessionExpiry))} must be between 1 second and {uint.MaxValue} seconds with a persistent session (it is {options.SessionExpiry}).");
        }

        if (options.KeepAlive < TimeSpan.FromSeconds(1) || options.KeepAlive.TotalSeconds > ushort.MaxValue)
        {
            failures.Add($"{Setting(name, nameof(options.KeepAlive))} must be between 1 second and {ushort.MaxValue} seconds (it is {options.KeepAlive}).");
        }

        if (options.ConnectTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(name, nameof(options.ConnectTimeout))} must be positive (it is {options.ConnectTimeout}).");
        }

        if (options.ReconnectMinDelay <= TimeSpan.Zero)
        {
            failures.Add($"{Setting(name, nameof(options.ReconnectMinDelay))} must be positive (it is {options.ReconnectMinDelay}).");
        }

        if (options.ReconnectMaxDelay < options.ReconnectMinDelay)
        {
            failures.Add($"{Setting(name, nameof(options.ReconnectMaxDelay))} must be at least ReconnectMinDelay ({options.ReconnectMinDelay}; it is {options.ReconnectMaxDelay}).");
        }

        if (options.SocketBufferSize is < IotMqttOptions.MinSocketBufferSize or > IotMqttOptions.MaxSocketBufferSize)
        {
            failures.Add($"{Setting(name, nameof(options.SocketBufferSize))} must be between {IotMqttOptions.MinSocketBufferSize} and {IotMqttOptions.MaxSocketBufferSize} bytes (it is {options.SocketBufferSize}); the default, {IotMqttOptions.DefaultSocketBufferSize} (1 MiB), keeps a backlog at the broker flowing.");
        }

        CheckTls(name, options, failures);
        if (string.IsNullOrEmpty(options.Username) && !string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Setting(name, nameof(options.Username))} is required when Password is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static string Setting(string name, string key) => MemberCardsSettingName.Of(IotConstants.ServiceName, name, "Mqtt:" + key);

    private static void CheckTls(string name, IotMqttOptions options, List<string> failures)
    {
        var anyTlsFile = options.TlsCaCertificateFile is not null || options.TlsClientCertificateFile is not null || options.TlsClientKeyFile is not null;
        if (anyTlsFile && !options.UseTls)
        {
            failures.Add($"{Setting(name, nameof(options.UseTls))} must be true when a TLS certificate file is set.");
        }

        if ((options.TlsClientCertificateFile is null) != (options.TlsClientKeyFile is null))
        {
            failures.Add($"{Setting(name, nameof(options.TlsClientCertificateFile))} and {Setting(name, nameof(options.TlsClientKeyFile))} go together: set both or neither.");
        }

        foreach (var (key, path) in new[] { (nameof(options.TlsCaCertificateFile), options.TlsCaCertificateFile), (nameof(options.TlsClientCertificateFile), options.TlsClientCertificateFile), (nameof(options.TlsClientKeyFile), options.TlsClientKeyFile) })
        {
            if (path is not null && !File.Exists(path))
            {
                failures.Add($"{Setting(name, key)} names a file that does not exist ({Redaction.FilePath(path)}).");
            }
        }
    }

    internal static bool IsValidFilter(string? filter)
    {
        if (string.IsNullOrEmpty(filter) || filter.Contains('\0', StringComparison.Ordinal))
        {
            return false;
        }

        var levels = filter.Split('/');
        for (var i = 0; i < levels.Length; i++)
        {
            var level = levels[i];
            if (level.Contains('#', StringComparison.Ordinal) && (level != "#" || i != levels.Length - 1))
            {
                return false;
            }

            if (level.Contains('+', StringComparison.Ordinal) && level != "+")
            {
                return false;
            }
        }

        return true;
    }
}
