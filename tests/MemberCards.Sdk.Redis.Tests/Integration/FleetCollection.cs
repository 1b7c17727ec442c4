namespace MemberCards.Sdk.Redis.Tests.Integration;

/// <summary>The multi-process tests run one after the other (each starts three processes on a 2-core machine).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FleetCollection
{
    public const string Name = "fleet processes";
}
