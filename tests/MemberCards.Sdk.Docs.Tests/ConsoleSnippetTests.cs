namespace MemberCards.Sdk.Docs.Tests;

/// <summary>A console snippet compiles without ASP.NET Core and without the Web SDK's implicit usings (issue 19 item 9).</summary>
public sealed class ConsoleSnippetTests
{
    [Fact]
    public void A_console_snippet_has_hosting_and_json_configuration_but_no_aspnetcore()
    {
        const string Good = "using MemberCards.Sdk;\nusing Microsoft.Extensions.Configuration;\nusing Microsoft.Extensions.DependencyInjection;\nusing Microsoft.Extensions.Hosting;\n\n"
            + "var configuration = new ConfigurationBuilder().AddJsonFile(\"appsettings.json\", optional: true).AddEnvironmentVariables().Build();\n"
            + "var host = Host.CreateApplicationBuilder(args);\nhost.Services.AddMemberCards(configuration.GetSection(\"MemberCards\")).AddYouzan();\n";
        Assert.Empty(SnippetCompiler.Errors(Good, "good", SnippetKind.Console));

        var aspNet = SnippetCompiler.Errors("using Microsoft.AspNetCore.Http;\n\nRequestDelegate handler = context => Task.CompletedTask;\n", "aspnet", SnippetKind.Console);
        Assert.Contains(aspNet, e => e.StartsWith("1:", StringComparison.Ordinal) && e.Contains("CS0234", StringComparison.Ordinal));
        Assert.Empty(SnippetCompiler.Errors("using Microsoft.AspNetCore.Http;\n\nRequestDelegate handler = context => Task.CompletedTask;\n", "aspnet", SnippetKind.Web));

        // The Web SDK's implicit usings are not there: ServiceCollection needs its using in a console app.
        Assert.Contains(SnippetCompiler.Errors("var services = new ServiceCollection();\n", "no using", SnippetKind.Console), e => e.Contains("CS0246", StringComparison.Ordinal));
        Assert.Contains(SnippetCompiler.Errors("using MemberCards.Sdk;\n\napp.MapYouzanPush(\"/p\");\n", "no app", SnippetKind.Console), e => e.Contains("CS0103", StringComparison.Ordinal));
        Assert.Contains(SnippetCompiler.Errors("using MemberCards.Sdk;\nusing Microsoft.Extensions.DependencyInjection;\n\nservices.AddMemberCards().Services.AddRouting();\n", "routing", SnippetKind.Console), e => e.Contains("CS1061", StringComparison.Ordinal));
    }

    [Fact]
    public void A_block_is_web_when_its_fence_page_or_code_says_so()
    {
        static SnippetKind Kind(string file, string info, string code) => new CodeBlock(file, 1, "csharp", code, string.Empty, info).Kind;
        Assert.Equal(SnippetKind.Console, Kind("docs/erp.md", string.Empty, "var services = new ServiceCollection();\n"));
        Assert.Equal(SnippetKind.Web, Kind("docs/erp.md", string.Empty, "var builder = WebApplication.CreateBuilder(args);\n"));
        Assert.Equal(SnippetKind.Web, Kind(CodeBlock.WebPage, string.Empty, "var services = new ServiceCollection();\n"));
        Assert.Equal(SnippetKind.Web, Kind("docs/erp.md", "web", "app.MapYouzanPush(\"/p\");\n"));
        Assert.Equal(SnippetKind.Console, Kind(CodeBlock.WebPage, "console", "var services = new ServiceCollection();\n"));
        Assert.Equal(["web"], Markdown.Blocks("x.md", "```csharp web\nvar a = 1;\n```\n").Select(b => b.Info));
    }
}
