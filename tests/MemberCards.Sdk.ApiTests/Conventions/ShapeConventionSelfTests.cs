using MemberCards.Sdk.ApiTests.Fixtures;

namespace MemberCards.Sdk.ApiTests;

/// <summary>The shape checks accept the shape and report each way of leaving it (so a passing convention test means something).</summary>
public sealed class ShapeConventionSelfTests
{
    private const string Ns = "MemberCards.Sdk.ApiTests.Fixtures";

    [Fact]
    public void A_handler_in_the_shape_has_no_problems()
        => Assert.Empty(InboundShape.HandlerTypeProblems(typeof(ISampleMessageHandler<>), "Sample", Ns));

    [Fact]
    public void A_handler_without_context_or_variance_is_reported_and_a_missing_one_named()
    {
        var problems = InboundShape.HandlerTypeProblems(typeof(IDriftedMessageHandler<>), "Drifted", Ns);
        Assert.Contains(problems, p => p.Contains("contravariant", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must declare no members of its own", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("must derive from MemberCards.Sdk.IMemberCardsMessageHandler<TMessage, DriftedMessageContext>", StringComparison.Ordinal));
        Assert.Equal(3, problems.Count);
        Assert.Equal([$"there is no interface {Ns}.INoneMessageHandler<TMessage>"], InboundShape.HandlerTypeProblems(null, "None", Ns));
    }

    [Fact]
    public void The_option_check_accepts_the_shared_names_and_reports_old_names_and_init_only_setters()
    {
        Assert.Empty(InboundShape.OptionProblems(typeof(SampleOptions)));
        var problems = InboundShape.OptionProblems(typeof(DriftedOptions));
        Assert.Contains(problems, p => p.StartsWith("DeduplicationWindow must be a public TimeSpan with get and set", StringComparison.Ordinal));
        Assert.Contains("no public property MaxMessageBytes (Int32)", problems);
        Assert.Contains("no public property ProcessingTimeout (TimeSpan)", problems);
        Assert.Contains("DeduplicationRetention is the old name: use DeduplicationWindow", problems);
        Assert.Contains("MaxBodyBytes is the old name: use MaxMessageBytes", problems);
        Assert.Equal(5, problems.Count);
        Assert.Equal(["DeduplicationRetention", "DeduplicationWindow", "MaxBodyBytes"], InboundShape.InboundOptionNames(typeof(DriftedOptions)));
    }

    [Fact]
    public void The_registration_check_accepts_an_instance_or_extension_verb_and_reports_a_drifted_one()
    {
        Type[] extensions = [typeof(ExtendedBuilderExtensions)];
        Assert.Empty(InboundShape.AddHandlerProblems(typeof(SampleBuilder), typeof(ISampleMessageHandler<>), extensions));
        Assert.Empty(InboundShape.AddHandlerProblems(typeof(ExtendedBuilder), typeof(ISampleMessageHandler<>), extensions));
        var drifted = InboundShape.AddHandlerProblems(typeof(DriftedBuilder), typeof(IDriftedMessageHandler<>), extensions);
        Assert.StartsWith("AddHandler must be AddHandler<TMessage, THandler>() without parameters", Assert.Single(drifted), StringComparison.Ordinal);
        Assert.Equal(["no public AddHandler method (instance or extension)"], InboundShape.AddHandlerProblems(typeof(ExtendedBuilder), typeof(ISampleMessageHandler<>), []));
        var unconstrained = InboundShape.AddHandlerProblems(typeof(SampleBuilder), typeof(IDriftedMessageHandler<>), extensions);
        Assert.StartsWith("THandler must be constrained to IDriftedMessageHandler<TMessage>", Assert.Single(unconstrained), StringComparison.Ordinal);
    }

    [Fact]
    public void The_handler_interface_check_finds_interfaces_named_Handler_only()
        => Assert.Equal(
            [typeof(IDriftedMessageHandler<>).FullName!, typeof(ISampleHandler<>).FullName!, typeof(ISampleMessageHandler<>).FullName!],
            InboundShape.HandlerInterfaces([typeof(ISampleHandler<>), typeof(ISampleMessageHandler<>), typeof(IDriftedMessageHandler<>), typeof(IBadAsyncClient), typeof(FrameworkShapedHandler)]));

    [Theory]
    [InlineData("A/Foo.cs", "namespace N; public sealed class Foo { private sealed class Nested { } }")]
    [InlineData("A/Foo.cs", "namespace N { internal interface Foo<T> { } }")]
    [InlineData("A/Foo.Log.cs", "namespace N; internal static partial class Foo { }")]
    [InlineData("A/Properties.cs", "[assembly: System.CLSCompliant(false)]")]
    [InlineData("A/Handler.cs", "namespace N; public delegate void Handler();")]
    public void A_file_with_one_type_named_as_the_file_passes(string path, string text)
        => Assert.Empty(SourceFiles.Problems(path, text));

    [Theory]
    [InlineData("A/Models.cs", "namespace N; public sealed class Foo { } public enum Bar { }", "A/Models.cs: 2 top-level types (Foo, Bar)")]
    [InlineData("A/Foo.cs", "namespace N; public sealed class Foo { } file sealed class Helper { }", "A/Foo.cs: 2 top-level types (Foo, Helper)")]
    [InlineData("A/Foo.cs", "namespace N; public interface IFoo { }", "A/Foo.cs: declares IFoo, so the file must be IFoo.cs")]
    [InlineData("A/Foo.Log.cs", "namespace N; internal static class Foo { }", "A/Foo.Log.cs: declares Foo, so the file must be Foo.cs")]
    [InlineData("A/Foo.cs", "namespace N; public interface Foo { } public interface Foo<T> { }", "A/Foo.cs: 2 top-level types (Foo, Foo`1)")]
    public void A_file_with_several_types_or_another_name_is_reported(string path, string text, string expected)
        => Assert.Equal([expected], SourceFiles.Problems(path, text));
}
