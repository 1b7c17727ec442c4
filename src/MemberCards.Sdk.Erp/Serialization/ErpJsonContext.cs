namespace MemberCards.Sdk.Erp;

/// <summary>
/// The source-generated JSON metadata of the ERP assembly (used through <see cref="ErpJson"/>), and the ERP's wire
/// conventions for what it answers: JSON names are the camelCase of the property names, and every text field is read
/// with <see cref="ErpTextConverter"/> (a number or boolean as its literal). <see cref="MemberPointsChangeRequest"/> keeps
/// its names on its properties: it is also written through options a host composes with its own resolver, which do
/// not carry this context's naming policy.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, Converters = [typeof(ErpTextConverter)])]
[JsonSerializable(typeof(MemberPointsChangeRequest))]
[JsonSerializable(typeof(ErpEnvelope))]
[JsonSerializable(typeof(ErpMemberWire))]
[JsonSerializable(typeof(ErpMember))]
internal sealed partial class ErpJsonContext : JsonSerializerContext
{
}
