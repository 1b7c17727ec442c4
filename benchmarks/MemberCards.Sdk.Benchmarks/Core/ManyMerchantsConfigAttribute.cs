using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// The configuration of <see cref="ManyMerchantsBenchmarks"/>: its heap-per-name and sockets columns, and, unless the
/// command line names a job, one in-process job (the columns read what the setup measured in this process) that
/// measures whole invocations (Monitoring, 1 warm-up, 3 iterations) and lets one case run for up to two hours: a
/// first use of 5,000 names takes minutes, longer than <c>--inProcess</c> allows.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ManyMerchantsConfigAttribute : Attribute, IConfigSource
{
    /// <inheritdoc />
    public IConfig Config { get; } = ManualConfig.CreateEmpty()
        .AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(2), logOutput: true))
            .WithStrategy(RunStrategy.Monitoring)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .AsDefault())
        .AddColumn(new ManyMerchantsColumn("Heap/name", m => $"{m.HeapPerName / 1024:F1} KiB"))
        .AddColumn(new ManyMerchantsColumn("Sockets", m => m.Sockets.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
