using System.Text.Json.Serialization;

namespace MemberCards.Sdk.Erp;

/// <summary>The source-generated JSON metadata of the ERP assembly (used through <see cref="ErpJson"/>).</summary>
[JsonSerializable(typeof(MemberPointsChangeRequest))]
[JsonSerializable(typeof(ErpEnvelope))]
[JsonSerializable(typeof(ErpMemberWire))]
[JsonSerializable(typeof(ErpMember))]
internal sealed partial class ErpJsonContext : JsonSerializerContext
{
}
