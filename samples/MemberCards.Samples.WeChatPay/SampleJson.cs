using System.Text.Json.Serialization;

/// <summary>The source-generated JSON metadata of the sample's own models.</summary>
[JsonSerializable(typeof(FeedBody))]
internal sealed partial class SampleJson : JsonSerializerContext;
