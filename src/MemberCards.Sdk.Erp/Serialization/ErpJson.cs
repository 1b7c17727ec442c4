using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.Erp;

/// <summary>The SDK's JSON conventions for every ERP request and result, for a host that logs, queues or stores them.</summary>
public static class ErpJson
{
    private static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(ErpJsonContext.Default);

    internal static readonly JsonTypeInfo<MemberPointsChangeRequest> Request = Get<MemberPointsChangeRequest>();

    internal static readonly JsonTypeInfo<ErpEnvelope> Envelope = Get<ErpEnvelope>();

    internal static readonly JsonTypeInfo<ErpMemberWire> Member = Get<ErpMemberWire>();

    /// <summary>
    /// The serializer options the ERP client itself uses (source-generated metadata of every ERP model, nulls omitted,
    /// Chinese text unescaped; read-only). Every request and result type round-trips through them:
    /// <c>JsonSerializer.Serialize(request, ErpJson.SerializerOptions)</c> and back.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => Options;

    private static JsonTypeInfo<T> Get<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
