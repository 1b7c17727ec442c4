using System.Security.Cryptography;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Encrypts (RSA-OAEP SHA-1, WeChat Pay key) and decrypts (merchant key) the sensitive user-card fields:
/// <c>phone_number</c>, <c>user_information.common_field_list[].value</c> and
/// <c>user_information.custom_field_list[].user_chosen_values[]</c>. Models always carry plain text.
/// </summary>
internal sealed class SensitiveFieldCipher(RSA merchantPrivateKey)
{
    public UserCard Decrypt(UserCard card, bool lenient = false)
    {
        if (card.PhoneNumber is null && card.UserInformation is null)
        {
            return card;
        }

        return new UserCard
        {
            UserCardCode = card.UserCardCode,
            CardId = card.CardId,
            OpenId = card.OpenId,
            CardColor = card.CardColor,
            CardPictureUrl = card.CardPictureUrl,
            BrandId = card.BrandId,
            CardType = card.CardType,
            PhoneNumber = card.PhoneNumber is null ? null : DecryptValue(card.PhoneNumber, SensitiveFieldPath.PhoneNumber, lenient),
            Level = card.Level,
            ValidDateInformation = card.ValidDateInformation,
            PickupTime = card.PickupTime,
            UserInformation = Transform(card.UserInformation, (Cipher: this, Lenient: lenient), static (state, value, path) => state.Cipher.DecryptValue(value, path, state.Lenient)),
            Attach = card.Attach,
            UserCardState = card.UserCardState,
            InvalidReason = card.InvalidReason,
            InvalidTime = card.InvalidTime,
            CreateTime = card.CreateTime,
            ModifyTime = card.ModifyTime,
        };
    }

    public static UpdateUserCardRequest Encrypt(UpdateUserCardRequest request, RSA key)
        => new()
        {
            UserCardCode = request.UserCardCode,
            CardId = request.CardId,
            BrandId = request.BrandId,
            OpenId = request.OpenId,
            CardColor = request.CardColor,
            CardPictureUrl = request.CardPictureUrl,
            PhoneNumber = EncryptValue(key, request.PhoneNumber, SensitiveFieldPath.PhoneNumber),
            Level = request.Level,
            ValidDateInformation = request.ValidDateInformation,
            PickupTime = request.PickupTime,
            UserInformation = Transform(request.UserInformation, key, static (key, value, path) => EncryptValue(key, value, path)!),
            Attach = request.Attach,
        };

    public static ConfirmUserCardRequest Encrypt(ConfirmUserCardRequest request, RSA key)
        => new()
        {
            UserCardCode = request.UserCardCode,
            BrandId = request.BrandId,
            CardId = request.CardId,
            OpenId = request.OpenId,
            UserCardConfirmState = request.UserCardConfirmState,
            CardColor = request.CardColor,
            CardPictureUrl = request.CardPictureUrl,
            PhoneNumber = EncryptValue(key, request.PhoneNumber, SensitiveFieldPath.PhoneNumber),
            Level = request.Level,
            ValidDateInformation = request.ValidDateInformation,
            UserInformation = Transform(request.UserInformation, key, static (key, value, path) => EncryptValue(key, value, path)!),
            Attach = request.Attach,
        };

    public static bool HasSensitiveFields(string? phoneNumber, UserInformation? information)
        => phoneNumber is not null || information?.CommonFieldList?.Count > 0 || information?.CustomFieldList?.Count > 0;

    /// <summary>Copies the user information with every sensitive value transformed (plain loops: no LINQ, no path text unless an error needs it).</summary>
    private static UserInformation? Transform<TState>(UserInformation? information, TState state, Func<TState, string, SensitiveFieldPath, string> transform)
    {
        if (information is null)
        {
            return null;
        }

        CommonField[]? common = null;
        if (information.CommonFieldList is { } commonFields)
        {
            common = new CommonField[commonFields.Count];
            for (var i = 0; i < common.Length; i++)
            {
                var field = commonFields[i];
                common[i] = new CommonField
                {
                    Name = field.Name,
                    Value = field.Value is null ? null : transform(state, field.Value, SensitiveFieldPath.CommonValue(i)),
                };
            }
        }

        CustomField[]? custom = null;
        if (information.CustomFieldList is { } customFields)
        {
            custom = new CustomField[customFields.Count];
            for (var i = 0; i < custom.Length; i++)
            {
                var field = customFields[i];
                string[]? chosen = null;
                if (field.UserChosenValues is { } values)
                {
                    chosen = new string[values.Count];
                    for (var j = 0; j < chosen.Length; j++)
                    {
                        chosen[j] = values[j] is { } value ? transform(state, value, SensitiveFieldPath.ChosenValue(i, j)) : null!;
                    }
                }

                custom[i] = new CustomField { Name = field.Name, UserChosenValues = chosen };
            }
        }

        return new UserInformation { CommonFieldList = common, CustomFieldList = custom };
    }

    private static string? EncryptValue(RSA key, string? value, SensitiveFieldPath path)
    {
        if (value is null)
        {
            return null;
        }

        try
        {
            return RsaOaep.Encrypt(key, value);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{path}: {ex.Message}", nameof(value), ex);
        }
    }

    private string DecryptValue(string value, SensitiveFieldPath path, bool lenient)
    {
        try
        {
            return RsaOaep.Decrypt(merchantPrivateKey, value);
        }
        catch (MemberCardsFormatException ex)
        {
            if (lenient)
            {
                return value;
            }

            throw new MemberCardsFormatException("WeChatPay", "sensitive field", path.ToString(), "it is not RSA-OAEP ciphertext for the merchant key (check PrivateKey, or switch EncryptSensitiveFields off if you decrypt yourself).", ex);
        }
    }
}
