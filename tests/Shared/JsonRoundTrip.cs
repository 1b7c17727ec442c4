using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.TestHosts;

/// <summary>
/// The JSON round trip every service's models must survive (issue 18), linked into each service's test project: which
/// types are models, that a sample sets every property (so a property the trip drops cannot go unnoticed), and that
/// the trip keeps both the bytes and every value.
/// </summary>
internal static class JsonRoundTrip
{
    /// <summary>
    /// The data models of a client assembly: its public concrete classes and records that JSON can create (a public
    /// parameterless constructor) and that either the service's <paramref name="options"/> know as a JSON object or
    /// that name a <see cref="JsonPropertyNameAttribute"/> property (declared or inherited). Found by reflection, so a
    /// new model is covered without touching the tests; a model that relies on the context's naming policy alone is
    /// found through the context, which the API shape test requires to hold every type under a <c>Models/</c> folder.
    /// </summary>
    public static IReadOnlyList<Type> Models(Assembly assembly, JsonSerializerOptions options)
        => [.. assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(t => (options.TryGetTypeInfo(t, out var info) && info.Kind == JsonTypeInfoKind.Object)
                || t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.IsDefined(typeof(JsonPropertyNameAttribute), inherit: true)))
            .OrderBy(t => t.Name, StringComparer.Ordinal)];

    /// <summary><see cref="Models"/> as theory data.</summary>
    public static TheoryData<Type> ModelTypes(Assembly assembly, JsonSerializerOptions options) => new(Models(assembly, options));

    /// <summary>
    /// Asserts that <paramref name="json"/>, the wire form of <paramref name="type"/>'s complete sample, is to the byte
    /// the one committed in <c>wire/{Type}.json</c> next to the calling test file: a refactoring of a model (a naming
    /// policy instead of attributes, a shared base record) must not change a byte on the wire. Set
    /// <c>MEMBERCARDS_UPDATE_WIRE=1</c> to write the files after a deliberate wire change, and review the diff.
    /// </summary>
    public static void AssertWireUnchanged(string json, Type type, [CallerFilePath] string caller = "")
    {
        var file = Path.Combine(Path.GetDirectoryName(SourcePath(caller))!, "wire", type.Name + ".json");
        if (Environment.GetEnvironmentVariable("MEMBERCARDS_UPDATE_WIRE") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, json + "\n");
            return;
        }

        Assert.True(File.Exists(file), $"No committed wire form for {type.Name} at {file}: run the test once with MEMBERCARDS_UPDATE_WIRE=1 and commit the file.");
        Assert.Equal(File.ReadAllText(file).TrimEnd('\n'), json);
    }

    /// <summary>
    /// Asserts that every JSON property of <paramref name="sample"/>, and of the objects it holds, has a value (not
    /// <see langword="null"/>, not the type's default, not an empty list), except the JSON names in <paramref name="mayBeUnset"/>.
    /// </summary>
    public static void AssertEveryPropertySet(object sample, JsonSerializerOptions options, params string[] mayBeUnset)
    {
        var unset = new List<string>();
        CollectUnset(sample, options, "$", mayBeUnset, unset);
        Assert.True(unset.Count == 0, $"The {sample.GetType().Name} sample leaves these unset, so the round trip could lose them unnoticed: {string.Join(", ", unset)}");
    }

    /// <summary>
    /// Serializes <paramref name="sample"/>, reads it back and serializes that again: both texts must be the same to the
    /// byte and the copy must hold the same value in every JSON property, nested objects and lists included.
    /// </summary>
    /// <returns>The JSON text.</returns>
    public static string AssertRoundTrips(object sample, JsonSerializerOptions options)
    {
        var type = sample.GetType();
        var json = JsonSerializer.SerializeToUtf8Bytes(sample, type, options);
        var back = JsonSerializer.Deserialize(json, type, options);
        Assert.NotNull(back);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(json), System.Text.Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(back, type, options)));
        var differences = new List<string>();
        Compare(sample, back, options, "$", differences);
        Assert.True(differences.Count == 0, $"{type.Name} changed on the round trip: {string.Join("; ", differences)}");
        return System.Text.Encoding.UTF8.GetString(json);
    }

    /// <summary>
    /// The calling test file on disk. A CI build (<c>ContinuousIntegrationBuild</c>) maps the repository root to
    /// <c>/_/</c> in compiler paths, so such a path is resolved against the checkout the tests run from.
    /// </summary>
    private static string SourcePath(string caller)
    {
        if (File.Exists(caller) || !caller.StartsWith("/_/", StringComparison.Ordinal))
        {
            return caller;
        }

        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MemberCards.Sdk.sln")))
            {
                return Path.Combine(directory.FullName, caller[3..]);
            }
        }

        throw new InvalidOperationException($"The test file {caller} is path-mapped and no checkout (MemberCards.Sdk.sln) holds the tests' output folder {AppContext.BaseDirectory}.");
    }

    private static void CollectUnset(object value, JsonSerializerOptions options, string path, string[] mayBeUnset, List<string> unset)
    {
        if (!options.TryGetTypeInfo(value.GetType(), out var info) || info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties.Where(p => p.Get is not null && !p.IsExtensionData))
        {
            var at = path + "." + property.Name;
            var item = property.Get!(value);
            if (mayBeUnset.Contains(property.Name))
            {
                continue;
            }

            if (IsUnset(item, property.PropertyType))
            {
                unset.Add(at);
            }
            else if (item is IEnumerable list and not string)
            {
                foreach (var element in list)
                {
                    if (element is not null)
                    {
                        CollectUnset(element, options, at + "[]", mayBeUnset, unset);
                    }
                }
            }
            else
            {
                CollectUnset(item!, options, at, mayBeUnset, unset);
            }
        }
    }

    private static bool IsUnset(object? value, Type type) => value switch
    {
        null => true,
        string text => text.Length == 0,
        JsonElement element => element.ValueKind == JsonValueKind.Undefined,
        IEnumerable list => !list.GetEnumerator().MoveNext(),
        _ => type.IsValueType && Nullable.GetUnderlyingType(type) is null && value.Equals(Activator.CreateInstance(type)),
    };

    private static void Compare(object? expected, object? actual, JsonSerializerOptions options, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {Show(expected)} became {Show(actual)}");
            }

            return;
        }

        if (expected is JsonElement element)
        {
            if (actual is not JsonElement other || element.GetRawText() != other.GetRawText())
            {
                differences.Add($"{path}: {element.GetRawText()} became {Show(actual)}");
            }

            return;
        }

        if (expected is IDictionary map)
        {
            var other = (IDictionary)actual;
            if (map.Count != other.Count)
            {
                differences.Add($"{path}: {map.Count} entries became {other.Count}");
                return;
            }

            foreach (DictionaryEntry entry in map)
            {
                Compare(entry.Value, other.Contains(entry.Key) ? other[entry.Key] : null, options, $"{path}[{entry.Key}]", differences);
            }

            return;
        }

        if (expected is IEnumerable list and not string)
        {
            var left = list.Cast<object?>().ToList();
            var right = ((IEnumerable)actual).Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items became {right.Count}");
                return;
            }

            for (var i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], options, $"{path}[{i}]", differences);
            }

            return;
        }

        if (options.TryGetTypeInfo(expected.GetType(), out var info) && info.Kind == JsonTypeInfoKind.Object)
        {
            foreach (var property in info.Properties.Where(p => p.Get is not null))
            {
                Compare(property.Get!(expected), property.Get!(actual), options, path + "." + property.Name, differences);
            }

            return;
        }

        var same = expected.GetType().IsValueType || expected is string
            ? expected.Equals(actual)
            : JsonSerializer.Serialize(expected, expected.GetType(), options) == JsonSerializer.Serialize(actual, actual.GetType(), options);
        if (!same)
        {
            differences.Add($"{path}: {Show(expected)} became {Show(actual)}");
        }
    }

    private static string Show(object? value) => value is null ? "null" : value.ToString() ?? value.GetType().Name;
}
