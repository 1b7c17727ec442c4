using BenchmarkDotNet.Configs;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>Adds the heap-per-name and sockets columns of <see cref="ManyMerchantsBenchmarks"/>.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ManyMerchantsColumnsAttribute : Attribute, IConfigSource
{
    /// <inheritdoc />
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddColumn(new ManyMerchantsColumn("Heap/name", m => $"{m.HeapPerName / 1024:F1} KiB"))
        .AddColumn(new ManyMerchantsColumn("Sockets", m => m.Sockets.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
