namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>Applies a transformation to the sensitive fields of a user-card JSON object, in place.</summary>
internal static class WeChatPaySensitiveJson
{
    public static bool HasAny(JsonObject card)
        => card["phone_number"] is not null || card["user_information"] is JsonObject;

    public static void Transform(JsonObject card, Func<string, string> transform)
    {
        if (card["phone_number"] is JsonValue phone && phone.TryGetValue<string>(out var number))
        {
            card["phone_number"] = transform(number);
        }

        if (card["user_information"] is not JsonObject information)
        {
            return;
        }

        if (information["common_field_list"] is JsonArray common)
        {
            foreach (var field in common.OfType<JsonObject>())
            {
                if (field["value"] is JsonValue value && value.TryGetValue<string>(out var text))
                {
                    field["value"] = transform(text);
                }
            }
        }

        if (information["custom_field_list"] is JsonArray custom)
        {
            foreach (var field in custom.OfType<JsonObject>())
            {
                if (field["user_chosen_values"] is JsonArray values)
                {
                    for (var i = 0; i < values.Count; i++)
                    {
                        if (values[i] is JsonValue value && value.TryGetValue<string>(out var text))
                        {
                            values[i] = transform(text);
                        }
                    }
                }
            }
        }
    }

    public static void Encrypt(JsonObject card, RSA publicKey) => Transform(card, text => RsaOaep.Encrypt(publicKey, text));
}
