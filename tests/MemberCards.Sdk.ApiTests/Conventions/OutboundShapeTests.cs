using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// The outbound half of the one core (issue 18): every service that calls out composes its HTTP clients with Core's
/// one helper (client name, GET-only counted retries, authentication, the shared last step), holds its <c>AddApi</c>
/// settings in Core per (registration, interface), and writes none of that machinery itself.
/// </summary>
public sealed class OutboundShapeTests
{
    /// <summary>The services that call out, with the folder of their package.</summary>
    public static TheoryData<string> OutboundServices => new("WeChat", "WeChatPay", "Erp");

    [Theory]
    [MemberData(nameof(OutboundServices))]
    public void Every_outbound_service_composes_its_clients_with_the_one_core_helper(string service)
    {
        var source = ApiAssemblies.SourceDirectory;
        Assert.True(source is not null, "The src folder recorded at build time is missing; build and test in the same checkout.");
        var folder = Path.Combine(source, "MemberCards.Sdk." + service);
        var files = SourceFiles.Enumerate(folder).Select(f => (Path: Path.GetRelativePath(source, f), Text: File.ReadAllText(f))).ToList();
        Assert.True(files.Count > 5, $"Only {files.Count} source files under {folder}.");

        // Core composes; a service names its policy, its authentication and its error mapper.
        string[] coreOnly =
        [
            "AddHttpClient(", "AddResilienceHandler(", "AddRetry(", "AddTimeout(", "IHttpMessageHandlerBuilderFilter", "new MemberCardsPipelineHandler(",
            "MemberCardsTelemetry.Retries", "new CancellationTokenSource(", "\"MemberCards." + service + ":", "\"MemberCards." + service + "\"", ".Api:\"", ".Token:\"", "ConditionalWeakTable<IJsonTypeInfoResolver",
            "ConcurrentDictionary<IJsonTypeInfoResolver", "ApiRegistry",
        ];
        var copies = files.SelectMany(f => coreOnly.Where(c => f.Text.Contains(c, StringComparison.Ordinal)).Select(c => $"{f.Path}: {c}")).ToList();
        Assert.True(copies.Count == 0, $"{service} does Core's outgoing work itself (use MemberCardsOutgoing.AddClient and OutgoingClientRegistry.AddApi):\n" + string.Join("\n", copies));
        Assert.Contains(files, f => f.Text.Contains("MemberCardsOutgoing.AddClient(", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Text.Contains("OutgoingClientRegistry.AddApi(", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(OutboundServices))]
    public void Every_outbound_factory_creates_an_added_api_by_registration_name_only(string service)
    {
        var factory = ApiAssemblies.Get("MemberCards.Sdk." + service).GetExportedTypes()
            .Single(t => t.IsInterface && t.Name.StartsWith("I" + service, StringComparison.Ordinal) && t.Name.EndsWith("ClientFactory", StringComparison.Ordinal));
        var createApi = factory.GetMethods(BindingFlags.Instance | BindingFlags.Public).Single(m => m.Name == "CreateApi");

        // The interface's settings were given to AddApi and are held per (registration, interface).
        Assert.Equal([typeof(string)], createApi.GetParameters().Select(p => p.ParameterType));
    }

    [Theory]
    [MemberData(nameof(OutboundServices))]
    public void Every_outbound_service_refuses_a_bad_request_with_the_one_validation_exception(string service)
    {
        var source = ApiAssemblies.SourceDirectory;
        Assert.True(source is not null, "The src folder recorded at build time is missing; build and test in the same checkout.");
        var folder = Path.Combine(source, "MemberCards.Sdk." + service);

        // A request's facade, validators and sealing throw MemberCardsValidationException (Service, FieldPath); a plain
        // ArgumentException stays for registration mistakes and key material only.
        var requestCode = SourceFiles.Enumerate(folder)
            .Where(f => f.EndsWith("Client.cs", StringComparison.Ordinal) || f.Contains($"{Path.DirectorySeparatorChar}Validation{Path.DirectorySeparatorChar}", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("Sensitive", StringComparison.Ordinal) || Path.GetFileName(f) == "SealPlan.cs")
            .ToList();
        Assert.NotEmpty(requestCode);
        string[] otherStyles = ["throw new ArgumentException(", "ArgumentOutOfRangeException.Throw", "new ArgumentOutOfRangeException(", "ValidationException : ArgumentException"];
        var offenders = requestCode.SelectMany(f => otherStyles.Where(o => File.ReadAllText(f).Contains(o, StringComparison.Ordinal)).Select(o => $"{Path.GetRelativePath(source, f)}: {o}")).ToList();
        Assert.True(offenders.Count == 0, "Refuse a request with MemberCardsValidationException(service, fieldPath, problem):\n" + string.Join("\n", offenders));
    }

    [Theory]
    [InlineData("WeChat", "IWeChatCardClient")]
    [InlineData("WeChatPay", "IWeChatPayBrandCardClient")]
    [InlineData("Erp", "IErpPointsClient")]
    public void Every_request_a_client_sends_declares_its_own_rules_through_the_one_interface(string service, string client)
    {
        var assembly = ApiAssemblies.Get("MemberCards.Sdk." + service);
        var rules = ApiAssemblies.Get("MemberCards.Sdk.Core").GetType("MemberCards.Sdk.IValidatedRequest", throwOnError: true)!;
        var type = assembly.GetType($"MemberCards.Sdk.{service}.{client}", throwOnError: true)!;

        // Every request object a client method takes (not the cancellation token, not a plain value) checks itself.
        var requests = type.GetMethods()
            .SelectMany(m => m.GetParameters())
            .Select(p => p.ParameterType)
            .Where(t => t.IsClass && t != typeof(string) && t.Assembly == assembly)
            .Distinct()
            .ToList();
        Assert.True(requests.Count > 0, $"{client} has no request types: the reflection is broken.");
        var unruled = requests.Where(t => !rules.IsAssignableFrom(t)).Select(t => t.Name).ToList();
        Assert.True(unruled.Count == 0, $"These requests of {client} do not implement Core's IValidatedRequest (declare their rules once, checked by the client's one send helper): {string.Join(", ", unruled)}");
    }
}
