using System.Collections;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.TestScans;

/// <summary>
/// A service collection that counts the descriptors read from it while <see cref="Recording"/> is on, and by whom
/// (the first frames outside the collection and LINQ of the call that started the scan: its <c>Count</c> or
/// enumerator), so a test can tell a registration that scans the whole collection per call from one that does not
/// (issue 23), and say who scans when it fails. Linked into the test projects that register names.
/// </summary>
public sealed class ScanCountingServiceCollection : IServiceCollection
{
    private readonly List<ServiceDescriptor> items = [];
    private readonly Dictionary<string, long> byCaller = new(StringComparer.Ordinal);
    private string caller = "(none)";

    /// <summary>Whether reads are counted.</summary>
    public bool Recording { get; set; }

    /// <summary>The descriptors read while recording.</summary>
    public long Visited { get; private set; }

    /// <summary>The descriptors read while recording, by the caller that started the scan, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> VisitedByCaller => [.. byCaller.OrderByDescending(p => p.Value)];

    /// <inheritdoc />
    public int Count
    {
        get
        {
            Start();
            return items.Count;
        }
    }

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public ServiceDescriptor this[int index]
    {
        get
        {
            Read(1);
            return items[index];
        }

        set => items[index] = value;
    }

    /// <summary>Starts counting from zero.</summary>
    public void Reset()
    {
        Visited = 0;
        byCaller.Clear();
    }

    /// <inheritdoc />
    public IEnumerator<ServiceDescriptor> GetEnumerator()
    {
        Start();
        var snapshot = caller;
        foreach (var item in items)
        {
            caller = snapshot;
            Read(1);
            yield return item;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public void Add(ServiceDescriptor item) => items.Add(item);

    /// <inheritdoc />
    public void Clear() => items.Clear();

    /// <inheritdoc />
    public bool Contains(ServiceDescriptor item)
    {
        Start();
        Read(items.Count);
        return items.Contains(item);
    }

    /// <inheritdoc />
    public void CopyTo(ServiceDescriptor[] array, int arrayIndex)
    {
        Start();
        Read(items.Count);
        items.CopyTo(array, arrayIndex);
    }

    /// <inheritdoc />
    public int IndexOf(ServiceDescriptor item)
    {
        Start();
        Read(items.Count);
        return items.IndexOf(item);
    }

    /// <inheritdoc />
    public void Insert(int index, ServiceDescriptor item) => items.Insert(index, item);

    /// <inheritdoc />
    public bool Remove(ServiceDescriptor item) => items.Remove(item);

    /// <inheritdoc />
    public void RemoveAt(int index) => items.RemoveAt(index);

    private void Start()
    {
        if (!Recording)
        {
            return;
        }

        var frames = new StackTrace(2, false).GetFrames()
            .Select(f => f.GetMethod())
            .Where(m => m?.DeclaringType is { } t && t != typeof(ScanCountingServiceCollection) && t.Namespace != "System.Linq" && !(t.FullName ?? string.Empty).StartsWith(typeof(ScanCountingServiceCollection).FullName!, StringComparison.Ordinal))
            .Take(3)
            .Select(m => $"{m!.DeclaringType!.Name}.{m.Name}");
        caller = string.Join(" < ", frames);
    }

    private void Read(int count)
    {
        if (!Recording)
        {
            return;
        }

        Visited += count;
        byCaller[caller] = byCaller.GetValueOrDefault(caller) + count;
    }
}
