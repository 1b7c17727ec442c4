using System.Text.Json.Serialization.Metadata;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The SDK's JSON conventions for every WeChat Pay request, response and notification, for a host that logs, queues or stores them.</summary>
public static class WeChatPayJson
{
    /// <summary>The WeChat Pay metadata with the context's naming policy applied and path values kept out of the body; every WeChat Pay serializer option set is built over it.</summary>
    internal static readonly IJsonTypeInfoResolver Resolver = WeChatPayJsonContext.Default.WithAddedModifier(NamedByThePolicy).WithAddedModifier(PathValuesAreNotBody).WithAddedModifier(UpdateTimeIsModifyTime);

    internal static readonly JsonSerializerOptions Options = MemberCardsJson.CreateOptions(Resolver);

    /// <summary>
    /// The options of a partner registration's request bodies: <see cref="Options"/> without the values the partner call
    /// takes in its query (<see cref="PartnerQueryIsNotInTheBody"/>).
    /// </summary>
    internal static readonly JsonSerializerOptions BodyOptions = MemberCardsJson.CreateOptions(Resolver.WithAddedModifier(PartnerQueryIsNotInTheBody));

    /// <summary>The options of a brand registration's request bodies: <see cref="BodyOptions"/> without <c>brand_id</c>, which the Authorization carries instead.</summary>
    internal static readonly JsonSerializerOptions BrandBodyOptions = MemberCardsJson.CreateOptions(Resolver.WithAddedModifier(BrandIsNotInTheBody));

    /// <summary>
    /// The serializer options the WeChat Pay client itself uses (source-generated metadata of every WeChat Pay model,
    /// nulls omitted, Chinese text unescaped; read-only). Every request, response and notification type round-trips
    /// through them: <c>JsonSerializer.Serialize(card, WeChatPayJson.SerializerOptions)</c> and back. A sensitive field is
    /// written as its ciphertext (a plaintext not yet encrypted as <c>{"plaintext":"..."}</c>); values that travel in the
    /// path or query (<c>user_card_code</c> of a request) are not part of the body and are not written.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => Options;

    /// <summary>
    /// The naming policy declared on <see cref="WeChatPayJsonContext"/> names every property without a
    /// <c>[JsonPropertyName]</c> (whose name is still its CLR name, which starts upper case). The generated metadata
    /// leaves names to the options it is used with, and the shared options carry no policy, so it is applied here.
    /// </summary>
    private static void NamedByThePolicy(JsonTypeInfo type)
    {
        var policy = WeChatPayJsonContext.Default.Options.PropertyNamingPolicy!;
        foreach (var property in type.Properties)
        {
            if (char.IsAsciiLetterUpper(property.Name[0]))
            {
                property.Name = policy.ConvertName(property.Name);
            }
        }
    }

    /// <summary>A required request value that travels in the path or query (<c>[JsonIgnore]</c>) is not required in the body.</summary>
    private static void PathValuesAreNotBody(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.IsRequired && property.Set is null)
            {
                property.IsRequired = false;
            }
        }
    }

    /// <summary>The metadata of a WeChat Pay model under <see cref="Options"/>.</summary>
    internal static JsonTypeInfo<T> For<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    /// <summary>The metadata a request body of <paramref name="family"/> is written with.</summary>
    internal static JsonTypeInfo<T> BodyOf<T>(WeChatPayFamily family)
        => (JsonTypeInfo<T>)(family == WeChatPayFamily.Brand ? BrandBodyOptions : BodyOptions).GetTypeInfo(typeof(T));

    /// <summary>
    /// A <see cref="CardTemplate"/>'s <c>modify_time</c> is <c>update_time</c> in one published schema (reference §1,
    /// "Template object": accept both): that name is read into <see cref="CardTemplate.ModifyTime"/> too, unless
    /// <c>modify_time</c> set it (so <c>modify_time</c> wins in either order), and never written (no getter). Built with the
    /// source generator's own metadata API, so it stays trim- and AOT-safe.
    /// </summary>
    private static void UpdateTimeIsModifyTime(JsonTypeInfo type)
    {
        if (type.Type != typeof(CardTemplate))
        {
            return;
        }

        type.Properties.Add(JsonMetadataServices.CreatePropertyInfo(type.Options, new JsonPropertyInfoValues<DateTimeOffset?>
        {
            IsProperty = true,
            IsPublic = false,
            IsVirtual = false,
            DeclaringType = typeof(CardTemplate),
            Converter = null,
            Getter = null,
            Setter = static (template, value) => ((CardTemplate)template).ModifyTime ??= value,
            IgnoreCondition = null,
            HasJsonInclude = false,
            IsExtensionData = false,
            NumberHandling = null,
            PropertyName = "UpdateTime",
            JsonPropertyName = "update_time",
        }));
    }

    /// <summary>
    /// The partner user-card invalidate (<see cref="InvalidateUserCardRequest"/>) takes <c>brand_id</c> and <c>card_id</c> in
    /// its query (P4015336983 lists them under the query parameters; the body is <c>openid</c> and <c>invalid_reason</c>), so
    /// a partner body leaves them out. The brand-direct page (B4015582726) has no query and <c>card_id</c> in the body: the
    /// brand options keep it.
    /// </summary>
    private static void PartnerQueryIsNotInTheBody(JsonTypeInfo type)
    {
        if (type.Type != typeof(InvalidateUserCardRequest))
        {
            return;
        }

        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Name is "brand_id" or "card_id")
            {
                type.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>A brand registration never sends <c>brand_id</c>: WeChat Pay takes the brand from the Authorization.</summary>
    private static void BrandIsNotInTheBody(JsonTypeInfo type)
    {
        for (var i = type.Properties.Count - 1; i >= 0; i--)
        {
            if (type.Properties[i].Name == "brand_id")
            {
                type.Properties.RemoveAt(i);
            }
        }
    }
}
