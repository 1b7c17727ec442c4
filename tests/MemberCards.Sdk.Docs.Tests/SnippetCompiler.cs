using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MemberCards.Sdk.Docs.Tests;

/// <summary>
/// Compiles a documentation snippet as a user would paste it into the Program.cs of a new app of its
/// <see cref="SnippetKind"/>: <c>dotnet new web</c> (the Web SDK's implicit usings, every MemberCards.Sdk package and the
/// ASP.NET Core shared framework) or <c>dotnet new console</c> (the plain SDK's implicit usings, no ASP.NET Core; see
/// <see cref="SnippetReferences"/>), nullable on. A snippet with statements may use the ambient names of such a Program.cs
/// without declaring them (<see cref="Ambient"/>: builder, services, configuration, app (web only), provider,
/// cancellationToken); each is declared before the snippet only when the snippet does not declare it itself. The
/// System.Text.Json source generator runs, as in every app (<see cref="SnippetGenerators"/>). Nothing else is added:
/// the snippet brings its own usings (MemberCards.Sdk ...).
/// </summary>
internal static class SnippetCompiler
{
    /// <summary>The implicit global usings of an app made with <c>dotnet new web</c> (Microsoft.NET.Sdk.Web).</summary>
    private const string ImplicitUsings = """
        global using global::Microsoft.AspNetCore.Builder;
        global using global::Microsoft.AspNetCore.Hosting;
        global using global::Microsoft.AspNetCore.Http;
        global using global::Microsoft.AspNetCore.Routing;
        global using global::Microsoft.Extensions.Configuration;
        global using global::Microsoft.Extensions.DependencyInjection;
        global using global::Microsoft.Extensions.Hosting;
        global using global::Microsoft.Extensions.Logging;
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Net.Http.Json;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The implicit global usings of an app made with <c>dotnet new console</c> (Microsoft.NET.Sdk).</summary>
    private const string ConsoleImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>The names a console Program.cs snippet may use without declaring them (no <c>app</c>: there is no web app).</summary>
    public static readonly IReadOnlyList<(string Name, string Declaration)> ConsoleAmbient =
    [
        ("builder", "Microsoft.Extensions.Hosting.HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(args);"),
        ("services", "Microsoft.Extensions.DependencyInjection.IServiceCollection services = new Microsoft.Extensions.DependencyInjection.ServiceCollection();"),
        ("configuration", "Microsoft.Extensions.Configuration.IConfiguration configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();"),
        ("provider", "IServiceProvider provider = Microsoft.Extensions.DependencyInjection.ServiceCollectionContainerBuilderExtensions.BuildServiceProvider(new Microsoft.Extensions.DependencyInjection.ServiceCollection());"),
        ("cancellationToken", "CancellationToken cancellationToken = CancellationToken.None;"),
    ];

    /// <summary>The names a web Program.cs snippet may use without declaring them, and their declarations (compiled, never run).</summary>
    public static readonly IReadOnlyList<(string Name, string Declaration)> Ambient =
    [
        ("builder", "WebApplicationBuilder builder = WebApplication.CreateBuilder(args);"),
        ("services", "IServiceCollection services = new ServiceCollection();"),
        ("configuration", "IConfiguration configuration = new ConfigurationBuilder().Build();"),
        ("app", "WebApplication app = WebApplication.CreateBuilder(args).Build();"),
        ("provider", "IServiceProvider provider = new ServiceCollection().BuildServiceProvider();"),
        ("cancellationToken", "CancellationToken cancellationToken = CancellationToken.None;"),
    ];

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    /// <summary>The errors of the snippet, each as "line:column: CSxxxx message" with the line inside the snippet.</summary>
    public static IReadOnlyList<string> Errors(string code, string name, SnippetKind kind = SnippetKind.Web)
    {
        var ambient = kind == SnippetKind.Web ? Ambient : ConsoleAmbient;
        var snippet = CSharpSyntaxTree.ParseText(code, Parse, path: name);
        var root = snippet.GetCompilationUnitRoot();
        var hasStatements = root.Members.Any(m => m is GlobalStatementSyntax);
        if (hasStatements)
        {
            // The ambient declarations go on lines of their own before the first statement; #line maps the rest back, so
            // a diagnostic names the snippet's own line and column.
            var declared = Declared(root);
            var prelude = string.Concat(ambient.Where(a => !declared.Contains(a.Name)).Select(a => a.Declaration + "\n"));
            var first = root.Members.OfType<GlobalStatementSyntax>().First().GetLocation().GetLineSpan().StartLinePosition.Line;
            var lines = code.Split('\n');
            var wrapped = string.Join('\n', lines.Take(first)) + (first > 0 ? "\n" : string.Empty)
                + "#line hidden\n" + prelude + $"#line {first + 1}\n" + string.Join('\n', lines.Skip(first));
            snippet = CSharpSyntaxTree.ParseText(wrapped, Parse, path: name);
        }

        var usings = CSharpSyntaxTree.ParseText(kind == SnippetKind.Web ? ImplicitUsings : ConsoleImplicitUsings, Parse, path: "ImplicitUsings.cs");
        var compilation = CSharpCompilation.Create(
            "Snippet",
            [usings, snippet],
            SnippetReferences.For(kind, code),
            new CSharpCompilationOptions(hasStatements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var (generated, generatorErrors) = SnippetGenerators.Run(compilation, Parse);
        return generatorErrors.Concat(generated.GetDiagnostics())
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (Position: d.Location.GetMappedLineSpan().StartLinePosition, Diagnostic: d))
            .Select(e => $"{e.Position.Line + 1}:{e.Position.Character + 1}: {e.Diagnostic.Id} {e.Diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
    }

    /// <summary>The names the snippet's top-level statements declare (locals, deconstructions, local functions).</summary>
    private static HashSet<string> Declared(CompilationUnitSyntax root)
    {
        var statements = root.Members.OfType<GlobalStatementSyntax>().ToList();
        var names = statements.SelectMany(s => s.DescendantNodes())
            .Select(n => n switch
            {
                VariableDeclaratorSyntax v => v.Identifier.ValueText,
                SingleVariableDesignationSyntax d => d.Identifier.ValueText,
                LocalFunctionStatementSyntax f => f.Identifier.ValueText,
                _ => null,
            })
            .OfType<string>();
        return names.ToHashSet(StringComparer.Ordinal);
    }
}
