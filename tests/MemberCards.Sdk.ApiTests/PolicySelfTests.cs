using MemberCards.Sdk.ApiTests.Fixtures;

namespace MemberCards.Sdk.ApiTests;

/// <summary>The policies find deliberate violations (so a passing policy test means something).</summary>
public sealed class PolicySelfTests
{
    private static readonly Type[] Fixtures = [typeof(IBadAsyncClient), typeof(ISampleHandler<>), typeof(BadIds), typeof(FrameworkShapedHandler)];

    [Fact]
    public void The_async_policy_reports_each_bad_method_and_nothing_else()
    {
        var offenders = ApiPolicyTests.AsyncOffenders(Fixtures);
        Assert.Equal(4, offenders.Count);
        Assert.Contains(offenders, o => o.Contains("GetWithoutTokenAsync", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("ISampleHandler`1.RejectAsync", StringComparison.Ordinal));
        Assert.DoesNotContain(offenders, o => o.Contains("HandleAsync", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("SendAsync(String code, CancellationToken cancellationToken)", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("PostAsync", StringComparison.Ordinal));
    }

    [Fact]
    public void The_id_policy_reports_int_ids_and_nothing_else()
    {
        var offenders = ApiPolicyTests.IdOffenders(Fixtures);
        Assert.Equal(4, offenders.Count);
        Assert.Contains(offenders, o => o.Contains("BadIds.MemberId", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("BadIds.StoreId", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("BadIds.CouponIds", StringComparison.Ordinal));
        Assert.Contains(offenders, o => o.Contains("parameter shopId", StringComparison.Ordinal));
    }

    [Fact]
    public void The_documentation_policy_ignores_only_the_compiler_generated_record_constructors()
    {
        const System.Reflection.BindingFlags Instance = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        Assert.True(ApiPolicyTests.IsImplicitConstructor(typeof(NominalRecordFixture).GetConstructor(Instance, Type.EmptyTypes)!));
        Assert.True(ApiPolicyTests.IsImplicitConstructor(typeof(DerivedRecordFixture).GetConstructor(Type.EmptyTypes)!));
        Assert.True(ApiPolicyTests.IsRecordCopyConstructor(typeof(NominalRecordFixture).GetConstructor(Instance, [typeof(NominalRecordFixture)])!));
        Assert.False(ApiPolicyTests.IsRecordCopyConstructor(typeof(DeclaredConstructorsFixture).GetConstructor([typeof(DeclaredConstructorsFixture)])!));
        Assert.False(ApiPolicyTests.IsImplicitConstructor(typeof(DeclaredConstructorsFixture).GetConstructor(Type.EmptyTypes)!));
    }

    [Fact]
    public void The_diff_names_removed_and_added_lines()
    {
        var diff = LineDiff.Render("a\nb\nc\nd\n", "a\nb\nC\nd\ne\n");
        Assert.Contains("- c    (line 3)", diff, StringComparison.Ordinal);
        Assert.Contains("+ C    (line 3)", diff, StringComparison.Ordinal);
        Assert.Contains("+ e    (line 5)", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("- a", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void The_listing_is_PublicApiGenerator_output_with_records_kept_and_no_assembly_attributes()
    {
        var text = ApiListing.Render(typeof(BadIds).Assembly);
        Assert.Contains("public interface IBadAsyncClient", text, StringComparison.Ordinal);
        Assert.Contains("System.Threading.Tasks.Task PostAsync(string code, System.Threading.CancellationToken token = default);", text, StringComparison.Ordinal);
        Assert.Contains("public System.Collections.Generic.IReadOnlyList<int>? CouponIds { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public int? StoreId { get; init; }", text, StringComparison.Ordinal);
        Assert.Contains("public class FrameworkShapedHandler : System.Net.Http.DelegatingHandler", text, StringComparison.Ordinal);
        Assert.Contains("protected override System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendAsync(System.Net.Http.HttpRequestMessage request, System.Threading.CancellationToken cancellationToken) { }", text, StringComparison.Ordinal);
        Assert.Contains("public static bool Find(int shopId) { }", text, StringComparison.Ordinal);
        Assert.Contains("public sealed record RecordFixture", text, StringComparison.Ordinal);
        Assert.DoesNotContain(text.Split('\n'), line => line.StartsWith("[assembly:", StringComparison.Ordinal));
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
