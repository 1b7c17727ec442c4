using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace MemberCards.Sdk.Benchmarks.Core;

/// <summary>
/// A column of <see cref="ManyMerchantsBenchmarks"/> read from what its reload setup measured for the row's service and
/// size (the same for every row of that size; "-" when the setup did not run in this process).
/// </summary>
/// <param name="header">The column header.</param>
/// <param name="format">Formats the measures.</param>
public sealed class ManyMerchantsColumn(string header, Func<(double HeapPerName, int Sockets), string> format) : IColumn
{
    /// <inheritdoc />
    public string Id => nameof(ManyMerchantsColumn) + "." + header;

    /// <inheritdoc />
    public string ColumnName => header;

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => false;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => header == "Sockets"
        ? "Established TCP connections to the emulator after one call per name"
        : "Heap grown per name after one call per name (after a full collection)";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var service = benchmarkCase.Parameters["Service"] as string;
        var count = benchmarkCase.Parameters["Count"] is int c ? c : 0;
        return service is not null && ManyMerchantsBenchmarks.MeasuredFor(service, count) is { } measured ? format(measured) : "-";
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
