namespace MemberCards.Sdk.Iot;

/// <summary>
/// The topic customer/company events are published on: <c>{tenant}/proj_{project}/v1-business-customer</c>.
/// </summary>
public sealed class IotTopic : IEquatable<IotTopic>
{
    /// <summary>The last topic level, naming the customer-event stream.</summary>
    public const string StreamName = "v1-business-customer";

    /// <summary>The prefix of the project level.</summary>
    public const string ProjectPrefix = "proj_";

    private const string Expected = "{tenant}/proj_{project}/v1-business-customer";

    /// <summary>Creates a topic for a tenant and project.</summary>
    /// <param name="tenant">The tenant (first topic level).</param>
    /// <param name="project">The project (second level without its <c>proj_</c> prefix).</param>
    /// <exception cref="ArgumentException">A part is empty or holds <c>/</c>, <c>+</c>, <c>#</c> or NUL.</exception>
    public IotTopic(string tenant, string project)
    {
        if (CheckLevel(tenant) is { } tenantProblem)
        {
            throw new ArgumentException($"The tenant {tenantProblem}.", nameof(tenant));
        }

        if (CheckLevel(project) is { } projectProblem)
        {
            throw new ArgumentException($"The project {projectProblem}.", nameof(project));
        }

        Tenant = tenant;
        Project = project;
    }

    /// <summary>The tenant (first topic level).</summary>
    public string Tenant { get; }

    /// <summary>The project (second topic level without its <c>proj_</c> prefix).</summary>
    public string Project { get; }

    /// <summary>
    /// An MQTT subscription filter for the customer-event stream: <c>+/+/v1-business-customer</c> for every
    /// tenant and project, or narrowed to one tenant and/or project. (MQTT wildcards take a whole level,
    /// so <c>proj_+</c> would not work.)
    /// </summary>
    /// <param name="tenant">One tenant, or <see langword="null"/> for all.</param>
    /// <param name="project">One project (without <c>proj_</c>), or <see langword="null"/> for all.</param>
    /// <returns>The filter.</returns>
    public static string SubscriptionFilter(string? tenant = null, string? project = null)
    {
        var tenantLevel = tenant is null ? "+" : new IotTopic(tenant, "x").Tenant;
        var projectLevel = project is null ? "+" : ProjectPrefix + new IotTopic("x", project).Project;
        return $"{tenantLevel}/{projectLevel}/{StreamName}";
    }

    /// <summary>Reads a topic.</summary>
    /// <param name="topic">The topic as received, such as <c>acme/proj_1080446148159139840/v1-business-customer</c>.</param>
    /// <returns>The tenant and project.</returns>
    /// <exception cref="MemberCardsFormatException">The topic does not have the form <c>{tenant}/proj_{project}/v1-business-customer</c>.</exception>
    public static IotTopic Parse(string? topic)
        => TryRead(topic, out var parsed, out var problem)
            ? parsed
            : throw new MemberCardsFormatException("Iot", "topic", Shorten(topic), $"{problem}; expected {Expected}.");

    /// <summary>Tries to read a topic.</summary>
    /// <param name="topic">The topic as received.</param>
    /// <param name="result">The tenant and project, or <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when the topic has the form <c>{tenant}/proj_{project}/v1-business-customer</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? topic, [NotNullWhen(true)] out IotTopic? result)
        => TryRead(topic, out result, out _);

    /// <summary>The topic text: <c>{tenant}/proj_{project}/v1-business-customer</c>.</summary>
    /// <returns>The topic.</returns>
    public override string ToString() => $"{Tenant}/{ProjectPrefix}{Project}/{StreamName}";

    /// <inheritdoc />
    public bool Equals(IotTopic? other)
        => other is not null && string.Equals(Tenant, other.Tenant, StringComparison.Ordinal) && string.Equals(Project, other.Project, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as IotTopic);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Tenant), StringComparer.Ordinal.GetHashCode(Project));

    private static bool TryRead(string? topic, [NotNullWhen(true)] out IotTopic? result, out string problem)
    {
        result = null;
        if (string.IsNullOrEmpty(topic))
        {
            problem = "the topic is empty";
            return false;
        }

        var first = topic.IndexOf('/', StringComparison.Ordinal);
        var second = first < 0 ? -1 : topic.IndexOf('/', first + 1);
        if (first < 0 || second < 0 || topic.IndexOf('/', second + 1) >= 0)
        {
            problem = "the topic does not have exactly three levels";
            return false;
        }

        var tenant = topic[..first];
        var projectLevel = topic.AsSpan(first + 1, second - first - 1);
        var stream = topic.AsSpan(second + 1);
        if (!stream.SequenceEqual(StreamName))
        {
            problem = $"the last level is not {StreamName}";
            return false;
        }

        if (!projectLevel.StartsWith(ProjectPrefix, StringComparison.Ordinal))
        {
            problem = $"the second level does not start with {ProjectPrefix}";
            return false;
        }

        var project = projectLevel[ProjectPrefix.Length..].ToString();
        if (CheckLevel(tenant) is { } tenantProblem)
        {
            problem = "the tenant " + tenantProblem;
            return false;
        }

        if (CheckLevel(project) is { } projectProblem)
        {
            problem = "the project " + projectProblem;
            return false;
        }

        result = new IotTopic(tenant, project);
        problem = string.Empty;
        return true;
    }

    private static string? CheckLevel(string? level)
        => string.IsNullOrEmpty(level) ? "is empty"
            : level.AsSpan().IndexOfAny("/+#\0") >= 0 ? "holds '/', '+', '#' or NUL"
            : null;

    private static string Shorten(string? topic)
        => topic is null ? "(null)" : topic.Length <= 200 ? topic : string.Concat(topic.AsSpan(0, 200), "…");
}
