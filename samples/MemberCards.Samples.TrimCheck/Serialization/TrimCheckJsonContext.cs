using System.Text.Json.Serialization;

namespace MemberCards.Samples.TrimCheck.Serialization;

/// <summary>The sample's source-generated JSON metadata.</summary>
[JsonSerializable(typeof(MemberCardProbe))]
internal sealed partial class TrimCheckJsonContext : JsonSerializerContext;
