using System.Security.Cryptography;
using MemberCards.Sdk.Security;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The sensitive user-card fields (<c>phone_number</c>, <c>user_information.common_field_list[].value</c>,
/// <c>user_information.custom_field_list[].user_chosen_values[]</c>) of one merchant. Received cards are only tied to
/// the merchant key (<see cref="Attach(UserCard, bool)"/>: no decryption; <see cref="SensitiveText.Reveal"/> decrypts
/// on first read); requests are sealed before they are serialized (<see cref="SealAsync(UpdateUserCardRequest, CancellationToken)"/>):
/// plain text encrypted (RSA-OAEP SHA-1) to the WeChat Pay key the merchant trusts, received values re-encrypted to
/// it, caller ciphertexts kept as given.
/// </summary>
internal sealed class SensitiveFieldCipher(Func<WeChatPayCredentials> credentials, WeChatPayKeyStore keys)
{
    /// <summary>Ties every sensitive value of a received card to the merchant key it decrypts with; decrypts nothing.</summary>
    /// <param name="card">A card deserialized from a WeChat Pay answer or notification.</param>
    /// <param name="lenient">Notification resources: a value that does not decrypt reads as it is.</param>
    /// <returns>The same card.</returns>
    public UserCard Attach(UserCard card, bool lenient = false)
    {
        if (card.PhoneNumber is null && card.UserInformation is null)
        {
            return card;
        }

        var current = credentials();
        var key = lenient ? current.LenientDecryptionKey : current.DecryptionKey;
        if (card.PhoneNumber is { } phone)
        {
            AttachValue(phone, key, SensitiveFieldPath.PhoneNumber);
        }

        if (card.UserInformation is not { } information)
        {
            return card;
        }

        if (information.CommonFieldList is { } common)
        {
            for (var i = 0; i < common.Count; i++)
            {
                if (common[i]?.Value is { } value)
                {
                    AttachValue(value, key, SensitiveFieldPath.CommonValue(i));
                }
            }
        }

        if (information.CustomFieldList is { } custom)
        {
            for (var i = 0; i < custom.Count; i++)
            {
                if (custom[i]?.UserChosenValues is { } values)
                {
                    for (var j = 0; j < values.Count; j++)
                    {
                        if (values[j] is { } value)
                        {
                            AttachValue(value, key, SensitiveFieldPath.ChosenValue(i, j));
                        }
                    }
                }
            }
        }

        return card;
    }

    /// <summary>Ties the cards of a page to the merchant key; decrypts nothing.</summary>
    /// <param name="page">A page deserialized from a WeChat Pay answer.</param>
    /// <returns>The same page.</returns>
    public UserCardPage Attach(UserCardPage page)
    {
        if (page.Data is { } cards)
        {
            for (var i = 0; i < cards.Count; i++)
            {
                if (cards[i] is { } card)
                {
                    Attach(card);
                }
            }
        }

        return page;
    }

    /// <summary>The request with every sensitive value ready for the wire, and the <c>Wechatpay-Serial</c> to send (or <see langword="null"/> for the default).</summary>
    public async ValueTask<(UpdateUserCardRequest Request, string? Serial)> SealAsync(UpdateUserCardRequest request, CancellationToken cancellationToken)
    {
        var plan = Plan(request.PhoneNumber, request.UserInformation);
        if (!plan.Encrypts)
        {
            return (request, plan.CallerSerial);
        }

        var (serial, key) = await EncryptionKeyAsync(plan, cancellationToken).ConfigureAwait(false);
        return (new UpdateUserCardRequest
        {
            UserCardCode = request.UserCardCode,
            CardId = request.CardId,
            BrandId = request.BrandId,
            OpenId = request.OpenId,
            CardColor = request.CardColor,
            CardPictureUrl = request.CardPictureUrl,
            PhoneNumber = Seal(request.PhoneNumber, key, serial, SensitiveFieldPath.PhoneNumber),
            Level = request.Level,
            ValidDateInformation = request.ValidDateInformation,
            PickupTime = request.PickupTime,
            UserInformation = Seal(request.UserInformation, key, serial),
            Attach = request.Attach,
        }, serial);
    }

    /// <summary>The request with every sensitive value ready for the wire, and the <c>Wechatpay-Serial</c> to send (or <see langword="null"/> for the default).</summary>
    public async ValueTask<(ConfirmUserCardRequest Request, string? Serial)> SealAsync(ConfirmUserCardRequest request, CancellationToken cancellationToken)
    {
        var plan = Plan(request.PhoneNumber, request.UserInformation);
        if (!plan.Encrypts)
        {
            return (request, plan.CallerSerial);
        }

        var (serial, key) = await EncryptionKeyAsync(plan, cancellationToken).ConfigureAwait(false);
        return (new ConfirmUserCardRequest
        {
            UserCardCode = request.UserCardCode,
            BrandId = request.BrandId,
            CardId = request.CardId,
            OpenId = request.OpenId,
            UserCardConfirmState = request.UserCardConfirmState,
            CardColor = request.CardColor,
            CardPictureUrl = request.CardPictureUrl,
            PhoneNumber = Seal(request.PhoneNumber, key, serial, SensitiveFieldPath.PhoneNumber),
            Level = request.Level,
            ValidDateInformation = request.ValidDateInformation,
            UserInformation = Seal(request.UserInformation, key, serial),
            Attach = request.Attach,
        }, serial);
    }

    private static void AttachValue(SensitiveText value, SensitiveFieldKey key, SensitiveFieldPath path)
    {
        if (value.Ciphertext is null)
        {
            throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "user card", path.ToString(), "a sensitive field in an answer must be an RSA-OAEP ciphertext string.");
        }

        value.Attach(key, path);
    }

    private async ValueTask<(string Serial, RSA Key)> EncryptionKeyAsync(SealPlan plan, CancellationToken cancellationToken)
    {
        var (serial, key) = await keys.GetEncryptionKeyAsync(cancellationToken).ConfigureAwait(false);
        if (plan.CallerSerial is not null && !string.Equals(plan.CallerSerial, serial, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{plan.CallerSerialField}: the value is encrypted to WeChat Pay key '{plan.CallerSerial}', but the SDK encrypts the other sensitive values of this request to '{serial}'. Encrypt every sensitive value yourself, or give them all as plain text.", "request");
        }

        return (serial, key);
    }

    /// <summary>What sealing a request needs: whether any value must be encrypted, and the serial caller ciphertexts name (they must agree).</summary>
    private static SealPlan Plan(SensitiveText? phone, UserInformation? information)
    {
        var plan = default(SealPlan);
        Visit(ref plan, phone, SensitiveFieldPath.PhoneNumber);
        if (information?.CommonFieldList is { } common)
        {
            for (var i = 0; i < common.Count; i++)
            {
                var field = common[i] ?? throw new ArgumentException($"user_information.common_field_list[{i}]: the field is null.", "request");
                if (field.Name == UserFormField.Unknown && string.IsNullOrEmpty(field.WireName))
                {
                    throw new ArgumentException($"user_information.common_field_list[{i}].name: UserFormField.Unknown has no wire name; set a known Name, or WireName to the name to send.", "request");
                }

                Visit(ref plan, field.Value, SensitiveFieldPath.CommonValue(i));
            }
        }

        if (information?.CustomFieldList is { } custom)
        {
            for (var i = 0; i < custom.Count; i++)
            {
                if (custom[i]?.UserChosenValues is { } values)
                {
                    for (var j = 0; j < values.Count; j++)
                    {
                        Visit(ref plan, values[j], SensitiveFieldPath.ChosenValue(i, j));
                    }
                }
            }
        }

        return plan;
    }

    private static void Visit(ref SealPlan plan, SensitiveText? value, SensitiveFieldPath path)
    {
        if (value is null)
        {
            return;
        }

        if (value.Ciphertext is null || value.IsReceived)
        {
            plan.Encrypts = true;
            return;
        }

        if (value.OutgoingSerialNumber is { } serial)
        {
            if (plan.CallerSerial is null)
            {
                plan.CallerSerial = serial;
                plan.CallerSerialField = path.ToString();
            }
            else if (!string.Equals(plan.CallerSerial, serial, StringComparison.Ordinal))
            {
                throw new ArgumentException($"{path}: the value is encrypted to WeChat Pay key '{serial}', but {plan.CallerSerialField} to '{plan.CallerSerial}'; one request carries one Wechatpay-Serial.", "request");
            }
        }
    }

    private static SensitiveText? Seal(SensitiveText? value, RSA key, string serial, SensitiveFieldPath path)
    {
        if (value is null || (value.Ciphertext is not null && !value.IsReceived))
        {
            return value;
        }

        var plaintext = value.Reveal();
        try
        {
            return SensitiveText.FromCiphertext(RsaOaep.Encrypt(key, plaintext), serial);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"{path}: {ex.Message}", "request", ex);
        }
    }

    /// <summary>Copies the user information with every sensitive value sealed (plain loops: no LINQ, no path text unless an error needs it).</summary>
    private static UserInformation? Seal(UserInformation? information, RSA key, string serial)
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
                common[i] = new CommonField { Name = field.Name, WireName = field.WireName, Value = Seal(field.Value, key, serial, SensitiveFieldPath.CommonValue(i)) };
            }
        }

        CustomField[]? custom = null;
        if (information.CustomFieldList is { } customFields)
        {
            custom = new CustomField[customFields.Count];
            for (var i = 0; i < custom.Length; i++)
            {
                var field = customFields[i];
                SensitiveText?[]? chosen = null;
                if (field?.UserChosenValues is { } values)
                {
                    chosen = new SensitiveText?[values.Count];
                    for (var j = 0; j < chosen.Length; j++)
                    {
                        chosen[j] = Seal(values[j], key, serial, SensitiveFieldPath.ChosenValue(i, j));
                    }
                }

                custom[i] = new CustomField { Name = field?.Name, UserChosenValues = chosen };
            }
        }

        return new UserInformation { CommonFieldList = common, CustomFieldList = custom };
    }
}
