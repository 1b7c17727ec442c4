using System.Reflection;

namespace MemberCards.Sdk.ApiTests;

/// <summary>
/// The "one shape" of DESIGN.md section 5 (issue 11), enforced on the shipping assemblies. Each failure names every
/// offender and what the shape expects, so a service that drifts is told where and how.
/// </summary>
public sealed class ShapeConventionTests
{
    /// <summary>The services that receive messages: each follows the inbound shape.</summary>
    public static TheoryData<string> InboundServices => new(InboundShape.Services);

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_service_has_its_message_handler_interface_in_its_own_package(string service)
    {
        var assembly = ApiAssemblies.Get("MemberCards.Sdk." + service);
        var problems = InboundShape.HandlerProblems(assembly, service);
        var file = Path.Combine("MemberCards.Sdk." + service, "Notifications", InboundShape.HandlerName(service) + ".cs");
        if (ApiAssemblies.SourceDirectory is { } source && !File.Exists(Path.Combine(source, file)))
        {
            problems.Add($"the interface must be declared in src/{file}");
        }

        Assert.True(problems.Count == 0, $"{service}: {InboundShape.HandlerShape(service)}\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_service_builder_has_the_AddHandler_registration_verb(string service)
    {
        var problems = InboundShape.RegistrationProblems(ApiAssemblies.Get("MemberCards.Sdk." + service), service);
        Assert.True(problems.Count == 0, $"{service}: {InboundShape.RegistrationShape(service)}\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_service_has_a_dispatcher_returning_an_InboundResult_and_a_factory(string service)
    {
        var problems = InboundShape.DispatcherProblems(ApiAssemblies.Get("MemberCards.Sdk." + service), service);
        Assert.True(problems.Count == 0, $"{service}: {InboundShape.DispatcherShape(service)}\n" + string.Join("\n", problems));
    }

    [Fact]
    public void Every_service_with_a_registration_source_registers_handlers_without_a_name()
    {
        var problems = new List<string>();
        var sourced = new List<string>();
        foreach (var service in InboundShape.Services)
        {
            var (sources, found) = InboundShape.SourceHandlerProblems(ApiAssemblies.Get("MemberCards.Sdk." + service), service);
            sourced.AddRange(sources);
            problems.AddRange(found.Select(p => $"{service}: {p}\n  {InboundShape.SourceHandlerShape(service)}"));
        }

        // Guards the walker: the two services with a source today are found, so the check is not vacuous.
        Assert.Contains("WeChatPay", sourced);
        Assert.Contains("WeChatCards", sourced);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_inbound_options_use_the_same_names_for_the_deduplication_window_body_cap_and_processing_timeout()
    {
        var problems = new List<string>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in InboundShape.Services)
        {
            var options = InboundShape.OptionsType(ApiAssemblies.Get("MemberCards.Sdk." + service));
            if (options is null)
            {
                problems.Add($"{service}: no public builder deriving from MemberCardsServiceBuilder<TSelf, TOptions>, so its options type is unknown");
                continue;
            }

            problems.AddRange(InboundShape.OptionProblems(options).Select(p => $"{service} ({options.Name}): {p}"));
            names[service] = string.Join(", ", InboundShape.InboundOptionNames(options));
        }

        if (names.Values.Distinct(StringComparer.Ordinal).Count() > 1)
        {
            problems.Add("the de-duplication / body-cap / timeout option names differ:\n" + string.Join("\n", names.Select(n => $"  {n.Key}: {n.Value}")));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void AspNetCore_defines_no_handler_interface()
    {
        var offenders = InboundShape.HandlerInterfaces(ApiSurface.PublicTypes(ApiAssemblies.Get("MemberCards.Sdk.AspNetCore")));
        Assert.True(offenders.Count == 0, "MemberCards.Sdk.AspNetCore only adapts HTTP to the client packages' pipelines; these handler interfaces belong in the client package's Notifications/:\n" + string.Join("\n", offenders));
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_service_dispatches_through_the_one_core_and_caches_its_dispatchers(string service)
    {
        var source = ApiAssemblies.SourceDirectory;
        Assert.True(source is not null, "The src folder recorded at build time is missing; build and test in the same checkout.");
        var folder = Path.Combine(source, "MemberCards.Sdk." + service);
        var files = SourceFiles.Enumerate(folder).Select(f => (Path: Path.GetRelativePath(source, f), Text: File.ReadAllText(f))).ToList();
        Assert.True(files.Count > 5, $"Only {files.Count} source files under {folder}.");

        // The core claims, scopes and fans out; a service verifies, parses and names the key.
        string[] coreOnly = ["TryClaimAsync(", "InboundDeduplication.", "CreateAsyncScope(", "GetServices<I" + service + "MessageHandler"];
        var copies = files.SelectMany(f => coreOnly.Where(c => f.Text.Contains(c, StringComparison.Ordinal)).Select(c => $"{f.Path}: {c}")).ToList();
        Assert.True(copies.Count == 0, $"{service} does Core's inbound work itself (use InboundCore.RunAsync):\n" + string.Join("\n", copies));
        Assert.Contains(files, f => f.Text.Contains("core.RunAsync(", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Text.Contains("InboundHandlerRegistration.Add<", StringComparison.Ordinal));

        var factory = ApiAssemblies.Get("MemberCards.Sdk." + service).GetTypes().Single(t => t.Name == service + "DispatcherFactory");
        // The cache may be the factory's own or its base's (Core's InboundDispatcherFactory), so every level is asked.
        var caches = Hierarchy(factory)
            .SelectMany(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => f.FieldType.IsGenericType && f.FieldType.GetGenericTypeDefinition() == typeof(System.Collections.Concurrent.ConcurrentDictionary<,>))
            .ToList();
        Assert.True(caches.Count == 1, $"{factory.Name} must keep one dispatcher per registration name (a ConcurrentDictionary), as every factory does.");
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_result_reports_its_handler_calls_on_the_shared_base(string service)
    {
        var result = ApiAssemblies.Get("MemberCards.Sdk." + service).GetType($"MemberCards.Sdk.{service}.{service}DispatchResult");
        Assert.NotNull(result);
        Assert.True(result.IsSubclassOf(typeof(InboundResult)), $"{result.Name} must derive from InboundResult");
        var own = result.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).Select(p => p.Name).ToList();
        Assert.DoesNotContain("Handlers", own);
        Assert.DoesNotContain("HandlerCalls", own);
        Assert.Equal(typeof(InboundResult), result.GetProperty(nameof(InboundResult.HandlerCalls))!.DeclaringType);
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_result_names_its_message_Message_and_its_answer_Reply(string service)
    {
        var result = ApiAssemblies.Get("MemberCards.Sdk." + service).GetType($"MemberCards.Sdk.{service}.{service}DispatchResult");
        Assert.NotNull(result);
        var message = result.GetProperty("Message", BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly);
        Assert.True(message is not null, $"{result.Name} must expose its typed message as Message.");
        var reply = result.GetProperty(nameof(InboundResult.Reply))!;
        Assert.Equal(typeof(InboundResult), reply.GetMethod!.GetBaseDefinition().DeclaringType);
        string[] drifted = ["Event", "Push", "ReplyJson", "Answer"];
        Assert.Empty(result.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).Select(p => p.Name).Intersect(drifted));
    }

    [Theory]
    [MemberData(nameof(InboundServices))]
    public void Every_inbound_dispatcher_parses_without_handlers_in_one_form(string service)
    {
        var dispatcher = ApiAssemblies.Get("MemberCards.Sdk." + service).GetType($"MemberCards.Sdk.{service}.I{service}Dispatcher");
        Assert.NotNull(dispatcher);
        var dispatch = dispatcher.GetMethods().Where(m => m.Name == "DispatchAsync").Select(m => m.GetParameters().Select(p => p.ParameterType).ToList()).ToList();
        var parses = dispatcher.GetMethods().Where(m => m.Name.StartsWith("Parse", StringComparison.Ordinal)).ToList();
        var parse = Assert.Single(parses);
        Assert.Equal("ParseAsync", parse.Name);
        Assert.True(parse.ReturnType.IsGenericType && parse.ReturnType.GetGenericTypeDefinition() == typeof(Task<>), $"{dispatcher.Name}.ParseAsync must return Task<TMessage>.");
        var parameters = parse.GetParameters().Select(p => p.ParameterType).ToList();
        Assert.Contains(dispatch, d => d.SequenceEqual(parameters));
    }

    [Theory]
    [InlineData("WeChat")]
    [InlineData("WeChatPay")]
    [InlineData("Youzan")]
    [InlineData("Erp")]
    [InlineData("Iot")]
    public void Every_service_names_itself_with_one_ServiceName_constant(string service)
    {
        var constants = ApiAssemblies.Get("MemberCards.Sdk." + service).GetType($"MemberCards.Sdk.{service}.{service}Constants");
        Assert.NotNull(constants);
        var names = constants.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.Name.StartsWith("Service", StringComparison.Ordinal)).ToList();
        var field = Assert.Single(names);
        Assert.Equal("ServiceName", field.Name);
        Assert.Equal(service, field.GetRawConstantValue());
    }

    [Theory]
    [InlineData("WeChat")]
    [InlineData("WeChatPay")]
    [InlineData("Youzan")]
    [InlineData("Erp")]
    [InlineData("Iot")]
    public void Every_service_publishes_its_read_only_JSON_options_knowing_its_models(string service)
    {
        var assembly = ApiAssemblies.Get("MemberCards.Sdk." + service);
        var json = assembly.GetType($"MemberCards.Sdk.{service}.{service}Json");
        Assert.True(json is { IsPublic: true, IsAbstract: true, IsSealed: true }, $"MemberCards.Sdk.{service}.{service}Json must be a public static class (the service's JSON conventions, as WeChatJson).");
        var property = json.GetProperty("SerializerOptions", BindingFlags.Public | BindingFlags.Static);
        Assert.True(property?.PropertyType == typeof(System.Text.Json.JsonSerializerOptions), $"{service}Json must have a public static JsonSerializerOptions SerializerOptions.");
        var options = (System.Text.Json.JsonSerializerOptions)property.GetValue(null)!;
        Assert.True(options.IsReadOnly, $"{service}Json.SerializerOptions must be read-only: it is the client's own, shared by every call.");
        Assert.Same(options, property.GetValue(null));
        var unknown = assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), inherit: true)))
            .Where(t => !options.TryGetTypeInfo(t, out _))
            .Select(t => t.Name)
            .ToList();
        Assert.True(unknown.Count == 0, $"{service}Json.SerializerOptions has no metadata for these models (add them to the service's JsonSerializerContext): {string.Join(", ", unknown)}");
    }

    [Fact]
    public void Every_source_file_in_src_declares_one_top_level_type_named_as_the_file()
    {
        var source = ApiAssemblies.SourceDirectory;
        Assert.True(source is not null, "The src folder recorded at build time is missing; build and test in the same checkout.");
        var files = SourceFiles.Enumerate(source).ToList();
        Assert.True(files.Count > 100, $"Only {files.Count} source files found under {source}: the walker is broken.");
        var offenders = files
            .SelectMany(f => SourceFiles.Problems(Path.GetRelativePath(source, f), File.ReadAllText(f)))
            .ToList();
        Assert.True(offenders.Count == 0, "One top-level type per file, the file named for the type (Foo.cs or Foo.Part.cs for a partial Foo):\n" + string.Join("\n", offenders));
    }

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }
    }
}
