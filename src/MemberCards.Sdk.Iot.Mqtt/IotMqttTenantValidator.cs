namespace MemberCards.Sdk.Iot.Mqtt;

/// <summary>
/// Refuses at start a subscription to a topic whose tenant (or project) the registration's <see cref="IotOptions"/>
/// do not allow: every message on it would be acknowledged and dropped (<see cref="InboundOutcome.Ignored"/>). A
/// wildcard level (<c>+</c>, <c>#</c>) is allowed: the dispatcher filters its messages and logs ignored tenants at Warning.
/// </summary>
internal sealed class IotMqttTenantValidator(IOptionsMonitor<IotOptions> iotOptions) : IValidateOptions<IotMqttOptions>
{
    public ValidateOptionsResult Validate(string? name, IotMqttOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var iot = iotOptions.Get(name);
        if (iot.AllowedTenants.Count == 0 && iot.AllowedProjects.Count == 0)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        for (var i = 0; i < options.Topics.Count; i++)
        {
            var topic = options.Topics[i];
            var levels = topic?.Split('/') ?? [];
            var topicSetting = $"{IotMqttOptionsValidator.Setting(name, nameof(IotMqttOptions.Topics))}:{i} ('{topic}')";
            if (levels.Length > 0 && IsLiteral(levels[0]) && iot.AllowedTenants.Count > 0 && !iot.AllowedTenants.Contains(levels[0]))
            {
                failures.Add(Refusal(topicSetting, "tenant", levels[0], Setting(name, nameof(IotOptions.AllowedTenants)), iot.AllowedTenants));
            }

            if (levels.Length > 1 && IsLiteral(levels[1]) && iot.AllowedProjects.Count > 0)
            {
                var project = levels[1].StartsWith(IotTopic.ProjectPrefix, StringComparison.Ordinal) ? levels[1][IotTopic.ProjectPrefix.Length..] : levels[1];
                if (!iot.AllowedProjects.Contains(project))
                {
                    failures.Add(Refusal(topicSetting, "project", project, Setting(name, nameof(IotOptions.AllowedProjects)), iot.AllowedProjects));
                }
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLiteral(string level) => level.Length > 0 && level != "+" && level != "#";

    private static string Setting(string name, string key) => MemberCardsSettingName.Of(IotConstants.ServiceName, name, key);

    private static string Refusal(string topic, string kind, string value, string setting, IList<string> allowed)
        => $"{topic} is a topic of {kind} '{value}', which {setting} does not list (it lists {string.Join(", ", allowed.Select(a => $"'{a}'"))}): every message on it would be acknowledged and dropped. Add '{value}' to {setting}, or remove the topic.";
}
