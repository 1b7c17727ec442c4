using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MemberCards.Sdk.ApiTests;

/// <summary>The inbound shape of DESIGN.md section 5 as checks over reflection; each returns every problem it finds.</summary>
internal static partial class InboundShape
{
    /// <summary>The services that receive messages (pushes, events, notifications).</summary>
    public static readonly string[] Services = ["Youzan", "Iot", "WeChat", "WeChatPay"];

    private static readonly (string Name, Type Type)[] SharedOptions =
    [
        ("DeduplicationWindow", typeof(TimeSpan)),
        ("MaxMessageBytes", typeof(int)),
        ("ProcessingTimeout", typeof(TimeSpan)),
    ];

    /// <summary>Names the services used before the shape was unified; none may remain.</summary>
    private static readonly Dictionary<string, string> LegacyOptionNames = new(StringComparer.Ordinal)
    {
        ["DeduplicationRetention"] = "DeduplicationWindow",
        ["MaxBodyBytes"] = "MaxMessageBytes",
        ["MaxEventBytes"] = "MaxMessageBytes",
        ["MaxNotificationBytes"] = "MaxMessageBytes",
        ["MaxPushBytes"] = "MaxMessageBytes",
    };

    public static string HandlerName(string service) => $"I{service}MessageHandler";

    public static string ContextName(string service) => $"{service}MessageContext";

    public static string HandlerShape(string service)
        => $"expected public interface MemberCards.Sdk.{service}.{HandlerName(service)}<in TMessage> : "
            + $"IMemberCardsMessageHandler<TMessage, {ContextName(service)}> declaring nothing else, "
            + $"{ContextName(service)} deriving from MemberCards.Sdk.MessageContext";

    public static string RegistrationShape(string service)
        => $"expected the service builder (a MemberCardsServiceBuilder<TSelf, TOptions>) to have "
            + $"TSelf AddHandler<TMessage, THandler>() where THandler : {HandlerName(service)}<TMessage>";

    public static string DispatcherShape(string service)
        => $"expected I{service}Dispatcher.DispatchAsync(...) returning Task<{service}DispatchResult> ({service}DispatchResult : InboundResult) "
            + $"and I{service}DispatcherFactory.Create(string name) returning I{service}Dispatcher";

    public static List<string> HandlerProblems(Assembly assembly, string service)
        => HandlerTypeProblems(assembly.GetType($"MemberCards.Sdk.{service}.{HandlerName(service)}`1"), service, $"MemberCards.Sdk.{service}");

    public static List<string> HandlerTypeProblems(Type? handler, string service, string ns)
    {
        var problems = new List<string>();
        if (handler is null)
        {
            problems.Add($"there is no interface {ns}.{HandlerName(service)}<TMessage>");
            return problems;
        }

        if (!handler.IsInterface || !handler.IsPublic)
        {
            problems.Add($"{handler.FullName} must be a public interface");
        }

        var parameter = handler.GetGenericArguments().Single();
        if ((parameter.GenericParameterAttributes & GenericParameterAttributes.Contravariant) == 0)
        {
            problems.Add($"the type parameter {parameter.Name} must be contravariant (in), so a handler for a family or for all messages can be registered");
        }

        if (handler.GetMethods().Length != 0)
        {
            problems.Add($"{handler.Name} must declare no members of its own: HandleAsync comes from MemberCards.Sdk.IMemberCardsMessageHandler<TMessage, TContext>, the one handler shape");
        }

        var bases = handler.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IMemberCardsMessageHandler<,>)).ToList();
        if (bases.Count != 1)
        {
            problems.Add($"{handler.Name} must derive from MemberCards.Sdk.IMemberCardsMessageHandler<{parameter.Name}, {ContextName(service)}> (the one core runs every handler through it)");
            return problems;
        }

        var arguments = bases[0].GetGenericArguments();
        if (arguments[0] != parameter)
        {
            problems.Add($"{handler.Name} must pass its own {parameter.Name} as the message type of IMemberCardsMessageHandler (passes {arguments[0].Name})");
        }

        var context = arguments[1];
        if (!context.IsSubclassOf(typeof(MessageContext)) || context.Name != ContextName(service) || context.Assembly != handler.Assembly)
        {
            problems.Add($"the context must be '{ContextName(service)} context', a type of {handler.Assembly.GetName().Name} deriving from MemberCards.Sdk.MessageContext (is '{context.FullName}')");
        }

        return problems;
    }

    public static List<string> RegistrationProblems(Assembly assembly, string service)
    {
        var problems = new List<string>();
        var builders = Builders(assembly).ToList();
        if (builders.Count == 0)
        {
            problems.Add($"{assembly.GetName().Name} has no public builder deriving from MemberCardsServiceBuilder<TSelf, TOptions> (what AddXxx(name?) returns)");
            return problems;
        }

        var handler = assembly.GetType($"MemberCards.Sdk.{service}.{HandlerName(service)}`1");
        if (handler is null)
        {
            problems.Add($"there is no {HandlerName(service)}<TMessage> to constrain AddHandler with");
        }

        var extensions = ApiSurface.PublicTypes(assembly).Where(t => t is { IsAbstract: true, IsSealed: true }).ToList();
        foreach (var builder in builders)
        {
            problems.AddRange(AddHandlerProblems(builder, handler, extensions).Select(p => $"{builder.Name}: {p}"));
        }

        // A service may have more than one builder (clients and events); one of them must carry the verb.
        return builders.Any(b => AddHandlerProblems(b, handler, extensions).Count == 0) && handler is not null ? [] : problems;
    }

    /// <summary>
    /// The problems of a builder's AddHandler verb: an instance method of the builder, or an extension method on it
    /// declared in one of <paramref name="extensionClasses"/> (the builder then comes first and is not counted).
    /// </summary>
    public static List<string> AddHandlerProblems(Type builder, Type? handler, IEnumerable<Type> extensionClasses)
    {
        var problems = new List<string>();
        var verbs = builder.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == "AddHandler")
            .Select(m => (Method: m, Parameters: m.GetParameters()))
            .Concat(extensionClasses
                .SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Static))
                .Where(m => m.Name == "AddHandler" && m.IsDefined(typeof(ExtensionAttribute), false) && m.GetParameters() is [var first, ..] && first.ParameterType == builder)
                .Select(m => (Method: m, Parameters: m.GetParameters()[1..])))
            .ToList();
        if (verbs.Count == 0)
        {
            problems.Add("no public AddHandler method (instance or extension)");
            return problems;
        }

        var verb = verbs.Where(v => v.Method.IsGenericMethodDefinition && v.Method.GetGenericArguments().Length == 2 && v.Parameters.Length == 0).Select(v => v.Method).FirstOrDefault();
        if (verb is null)
        {
            problems.Add("AddHandler must be AddHandler<TMessage, THandler>() without parameters; found " + string.Join("; ", verbs.Select(v => v.Method.ToString())));
            return problems;
        }

        if (verb.ReturnType != builder)
        {
            problems.Add($"AddHandler must return {builder.Name} for chaining (returns {verb.ReturnType.Name})");
        }

        var arguments = verb.GetGenericArguments();
        if (handler is not null)
        {
            var expected = handler.MakeGenericType(arguments[0]);
            if (!arguments[1].GetGenericParameterConstraints().Contains(expected))
            {
                problems.Add($"THandler must be constrained to {handler.Name.Split('`')[0]}<TMessage> (constraints: {string.Join(", ", arguments[1].GetGenericParameterConstraints().Select(c => c.Name))})");
            }
        }

        return problems;
    }

    public static string SourceHandlerShape(string service)
        => "expected a service with a registration source (Add<X>Source on IMemberCardsBuilder) to have "
            + $"IMemberCardsBuilder Add<X>Handler<TMessage, THandler>() where THandler : {HandlerName(service)}<TMessage> "
            + "([DynamicallyAccessedMembers(PublicConstructors)] THandler, TMessage constrained as in the builder's AddHandler), "
            + "so a host whose names all come from the source adds handlers without registering a name";

    /// <summary>
    /// The registration sources of a service (the <c>X</c> of every <c>AddXSource</c> extension on IMemberCardsBuilder) and
    /// the problems of their service-level handler verbs (<c>AddXHandler</c>).
    /// </summary>
    public static (List<string> Sources, List<string> Problems) SourceHandlerProblems(Assembly assembly, string service)
    {
        var extensions = ApiSurface.PublicTypes(assembly)
            .Where(t => t is { IsAbstract: true, IsSealed: true })
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.IsDefined(typeof(ExtensionAttribute), false) && m.GetParameters() is [var first, ..] && first.ParameterType == typeof(IMemberCardsBuilder))
            .ToList();
        var sources = extensions.Select(m => m.Name)
            .Where(n => n.Length > "AddSource".Length && n.StartsWith("Add", StringComparison.Ordinal) && n.EndsWith("Source", StringComparison.Ordinal))
            .Select(n => n[3..^6])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var handler = assembly.GetType($"MemberCards.Sdk.{service}.{HandlerName(service)}`1");
        var builderVerb = Builders(assembly)
            .SelectMany(b => b.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .FirstOrDefault(m => m.Name == "AddHandler" && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 2);
        var problems = new List<string>();
        foreach (var source in sources)
        {
            var name = $"Add{source}Handler";
            var verb = extensions.FirstOrDefault(m => m.Name == name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == 2 && m.GetParameters().Length == 1);
            if (verb is null)
            {
                problems.Add($"Add{source}Source has no {name}<TMessage, THandler>(this IMemberCardsBuilder builder)");
                continue;
            }

            if (verb.ReturnType != typeof(IMemberCardsBuilder))
            {
                problems.Add($"{name} must return IMemberCardsBuilder for chaining (returns {verb.ReturnType.Name})");
            }

            var (message, implementation) = (verb.GetGenericArguments()[0], verb.GetGenericArguments()[1]);
            if (handler is null || !implementation.GetGenericParameterConstraints().Contains(handler.MakeGenericType(message)))
            {
                problems.Add($"{name}: THandler must be constrained to {HandlerName(service)}<TMessage>");
            }

            if (implementation.GetCustomAttribute<System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute>() is not { } annotation
                || !annotation.MemberTypes.HasFlag(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicConstructors))
            {
                problems.Add($"{name}: THandler must be annotated [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] (it is constructed from DI)");
            }

            if (builderVerb is null)
            {
                problems.Add($"{name}: no builder AddHandler<TMessage, THandler>() to compare with");
            }
            else if (Constraints(builderVerb.GetGenericArguments()[0]) != Constraints(message))
            {
                problems.Add($"{name}: TMessage is constrained as '{Constraints(message)}', the builder's AddHandler as '{Constraints(builderVerb.GetGenericArguments()[0])}'");
            }
        }

        return (sources, problems);
    }

    private static string Constraints(Type parameter)
        => $"{parameter.GenericParameterAttributes & GenericParameterAttributes.SpecialConstraintMask}: "
            + string.Join(", ", parameter.GetGenericParameterConstraints().Select(c => c.FullName ?? c.Name).Order(StringComparer.Ordinal));

    public static List<string> DispatcherProblems(Assembly assembly, string service)
    {
        var problems = new List<string>();
        var dispatcher = assembly.GetType($"MemberCards.Sdk.{service}.I{service}Dispatcher");
        if (dispatcher is not { IsInterface: true, IsPublic: true })
        {
            problems.Add($"there is no public interface MemberCards.Sdk.{service}.I{service}Dispatcher");
        }
        else
        {
            var methods = dispatcher.GetMethods().Where(m => m.Name == "DispatchAsync").ToList();
            if (methods.Count == 0)
            {
                problems.Add($"I{service}Dispatcher has no DispatchAsync method");
            }

            foreach (var method in methods)
            {
                var result = method.ReturnType is { IsGenericType: true } r && r.GetGenericTypeDefinition() == typeof(Task<>) ? r.GetGenericArguments()[0] : null;
                if (result is null || result.Name != $"{service}DispatchResult" || !result.IsSubclassOf(typeof(InboundResult)))
                {
                    problems.Add($"{method} must return Task<{service}DispatchResult> deriving from MemberCards.Sdk.InboundResult");
                }
            }
        }

        var factory = assembly.GetType($"MemberCards.Sdk.{service}.I{service}DispatcherFactory");
        var create = factory?.GetMethod("Create", [typeof(string)]);
        if (factory is not { IsInterface: true, IsPublic: true } || create is null || create.ReturnType != dispatcher)
        {
            problems.Add($"there is no public interface MemberCards.Sdk.{service}.I{service}DispatcherFactory with I{service}Dispatcher Create(string name)");
        }

        return problems;
    }

    public static Type? OptionsType(Assembly assembly)
    {
        var options = Builders(assembly).Select(b => BuilderBase(b)!.GetGenericArguments()[1]).Distinct().ToList();
        return options.FirstOrDefault(o => o.GetProperty(SharedOptions[0].Name) is not null) ?? options.FirstOrDefault();
    }

    public static List<string> OptionProblems(Type options)
    {
        var problems = new List<string>();
        foreach (var (name, type) in SharedOptions)
        {
            var property = options.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                problems.Add($"no public property {name} ({type.Name})");
            }
            else if (property.PropertyType != type || property.GetMethod?.IsPublic != true || property.SetMethod?.IsPublic != true || IsInitOnly(property.SetMethod))
            {
                problems.Add($"{name} must be a public {type.Name} with get and set (so Configure and binding can change it); it is {property.PropertyType.Name}");
            }
        }

        foreach (var property in options.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (LegacyOptionNames.TryGetValue(property.Name, out var replacement))
            {
                problems.Add($"{property.Name} is the old name: use {replacement}");
            }
        }

        return problems;
    }

    /// <summary>The option names in the shared family (de-duplication, body caps, processing timeout), sorted.</summary>
    public static IEnumerable<string> InboundOptionNames(Type options)
        => options.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name)
            .Where(n => SharedFamily().IsMatch(n))
            .Order(StringComparer.Ordinal);

    public static List<string> HandlerInterfaces(IEnumerable<Type> types)
        => types.Where(t => t.IsInterface && t.Name.Split('`')[0].EndsWith("Handler", StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<Type> Builders(Assembly assembly)
        => ApiSurface.PublicTypes(assembly).Where(t => !t.IsAbstract && BuilderBase(t) is not null);

    private static Type? BuilderBase(Type type)
    {
        for (var t = type.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(MemberCardsServiceBuilder<,>))
            {
                return t;
            }
        }

        return null;
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Describe(ParameterInfo[] parameters) => string.Join(", ", parameters.Select(p => p.ParameterType.Name + " " + p.Name));

    [GeneratedRegex("^(Deduplication[A-Za-z]*|Max[A-Za-z]*Bytes|ProcessingTimeout)$", RegexOptions.CultureInvariant)]
    private static partial Regex SharedFamily();
}
