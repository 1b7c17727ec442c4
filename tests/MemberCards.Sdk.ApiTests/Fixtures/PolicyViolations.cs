namespace MemberCards.Sdk.ApiTests.Fixtures;

// Deliberate violations, so the policy tests are shown to catch what they claim to catch.

/// <summary>Async methods without a proper trailing token.</summary>
public interface IBadAsyncClient
{
    /// <summary>No token at all.</summary>
    Task<string> GetWithoutTokenAsync(string code);

    /// <summary>A token that is not optional.</summary>
    ValueTask SendAsync(string code, CancellationToken cancellationToken);

    /// <summary>A token with another name.</summary>
    Task PostAsync(string code, CancellationToken token = default);

    /// <summary>Correct.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken = default);
}

/// <summary>A callback the host implements: the token may be required, but must still come last with the usual name.</summary>
/// <typeparam name="TMessage">The message type.</typeparam>
public interface ISampleHandler<in TMessage>
{
    /// <summary>Correct for a callback: required token.</summary>
    Task HandleAsync(TMessage message, CancellationToken cancellationToken);

    /// <summary>Wrong even for a callback: the token is not last.</summary>
    Task RejectAsync(CancellationToken cancellationToken, TMessage message);
}

/// <summary>Ids typed as int.</summary>
public sealed class BadIds
{
    /// <summary>An int id.</summary>
    public int MemberId { get; init; }

    /// <summary>A nullable int id.</summary>
    public int? StoreId { get; init; }

    /// <summary>A list of int ids.</summary>
    public IReadOnlyList<int>? CouponIds { get; init; }

    /// <summary>Correct.</summary>
    public long CardId { get; init; }

    /// <summary>Not an id.</summary>
    public int Valid { get; init; }

    /// <summary>A method with an int id parameter.</summary>
    /// <param name="shopId">The shop.</param>
    /// <returns>Nothing useful.</returns>
    public static bool Find(int shopId) => shopId > 0;
}

/// <summary>A framework override keeps the framework's shape and is not reported.</summary>
public class FrameworkShapedHandler : DelegatingHandler
{
    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);
}

/// <summary>A record: the listing keeps it a record (TreatRecordsAsClasses = false).</summary>
/// <param name="Code">A code.</param>
public sealed record RecordFixture(string Code);

/// <summary>A record without positional parameters: its implicit constructor sits beside the compiler's copy constructor.</summary>
public abstract record NominalRecordFixture
{
    /// <summary>A value.</summary>
    public string? Value { get; init; }
}

/// <summary>A sealed record deriving from one: likewise.</summary>
public sealed record DerivedRecordFixture : NominalRecordFixture
{
    /// <summary>Another value.</summary>
    public int Count { get; init; }
}

/// <summary>A class that declares a copy-like constructor itself: that one is its own, so its parameterless one is declared too.</summary>
public sealed class DeclaredConstructorsFixture
{
    /// <summary>Declared.</summary>
    public DeclaredConstructorsFixture()
    {
    }

    /// <summary>Declared, not a record's copy constructor.</summary>
    /// <param name="original">Another instance.</param>
    public DeclaredConstructorsFixture(DeclaredConstructorsFixture original) => _ = original;
}
