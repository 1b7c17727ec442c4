namespace MemberCards.Sdk.Iot;

/// <summary>
/// The source-generated JSON metadata of the IoT assembly, and its wire conventions in one place: JSON names are the
/// camelCase of the property names (a property names its field only where the platform spells it otherwise), and every
/// field is read leniently by its type: strings with <see cref="IotStringConverter"/>, integers, ids and timestamps as
/// numbers or strings of digits, lists skipping absent items, and int-coded enums with an <c>Unknown</c> fallback.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    Converters =
    [
        typeof(IotStringConverter),
        typeof(IotInt32Converter),
        typeof(IotInt64Converter),
        typeof(IotTimestampConverter),
        typeof(IotInt64ListConverter),
        typeof(IotStringListConverter),
        typeof(IotCodeConverter<IotEventType>),
        typeof(IotCodeConverter<CustomerStatus>),
        typeof(IotCodeConverter<CustomerIdType>),
        typeof(IotCodeConverter<Sex>),
        typeof(IotCodeConverter<MaritalStatus>),
        typeof(IotCodeConverter<Education>),
        typeof(IotCodeConverter<CompanyIdType>),
        typeof(IotCodeConverter<CompanyStatus>),
        typeof(IotCodeConverter<HighTechCertification>),
    ])]
[JsonSerializable(typeof(IotMessage))]
internal sealed partial class IotJsonContext : JsonSerializerContext
{
}
