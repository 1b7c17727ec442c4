namespace MemberCards.Sdk.Docs.Tests;

/// <summary>A snippet may declare its own source-generated JSON context, as a user's project does (issue 19 item 9).</summary>
public sealed class GeneratorSnippetTests
{
    private const string Context = "using System.Text.Json;\nusing System.Text.Json.Serialization;\n\n"
        + "Console.WriteLine(JsonSerializer.Serialize(new Feed { Id = \"1\" }, FeedJson.Default.Feed));\n\n"
        + "public sealed class Feed\n{\n    public string? Id { get; init; }\n}\n\n"
        + "[JsonSerializable(typeof(Feed))]\ninternal sealed partial class FeedJson : JsonSerializerContext;\n";

    [Fact]
    public void A_json_serializer_context_is_generated_in_both_kinds_of_app()
    {
        Assert.True(File.Exists(SnippetGenerators.JsonGeneratorPath()));
        Assert.Empty(SnippetCompiler.Errors(Context, "context", SnippetKind.Console));
        Assert.Empty(SnippetCompiler.Errors(Context, "context", SnippetKind.Web));
        Assert.Contains(SnippetCompiler.Errors(Context.Replace("FeedJson.Default.Feed", "FeedJson.Default.Missing", StringComparison.Ordinal), "missing", SnippetKind.Console), e => e.Contains("CS1061", StringComparison.Ordinal));
    }
}
