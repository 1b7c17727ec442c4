using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.Erp.Serialization;

/// <summary>The ERP types' metadata under the SDK's JSON conventions (<see cref="MemberCardsJson.CreateOptions"/>).</summary>
internal static class ErpJson
{
    public static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(ErpJsonContext.Default);

    public static readonly JsonTypeInfo<MemberPointsChangeRequest> Request = (JsonTypeInfo<MemberPointsChangeRequest>)Options.GetTypeInfo(typeof(MemberPointsChangeRequest));

    public static readonly JsonTypeInfo<ErpEnvelope> Envelope = (JsonTypeInfo<ErpEnvelope>)Options.GetTypeInfo(typeof(ErpEnvelope));

    public static readonly JsonTypeInfo<ErpMemberWire> Member = (JsonTypeInfo<ErpMemberWire>)Options.GetTypeInfo(typeof(ErpMemberWire));
}
