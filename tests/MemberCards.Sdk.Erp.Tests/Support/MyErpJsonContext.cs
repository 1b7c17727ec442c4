using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp.Tests.Support;

/// <summary>The host's source-generated JSON metadata for its own ERP types.</summary>
[JsonSerializable(typeof(MemberInfoAnswer))]
internal sealed partial class MyErpJsonContext : JsonSerializerContext
{
}
