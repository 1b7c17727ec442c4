namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The sensitive user-card fields (<c>phone_number</c>, <c>user_information.common_field_list[].value</c>,
/// <c>user_information.custom_field_list[].user_chosen_values[]</c>) of one merchant, each reached through
/// <see cref="SensitiveFieldWalker"/>. Received cards are only tied to the merchant key (<see cref="Attach(UserCard, bool)"/>:
/// no decryption; <see cref="SensitiveText.Reveal"/> decrypts on first read); requests are sealed before they are
/// serialized (<see cref="SealAsync{T}(T, CancellationToken)"/>): plain text encrypted (RSA-OAEP SHA-1) to the WeChat Pay
/// key the merchant trusts, received values re-encrypted to it, caller ciphertexts kept as given.
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
        var binding = new ReceivedValueBinding(lenient ? current.LenientDecryptionKey : current.DecryptionKey);
        return SensitiveFieldWalker.Walk(card, ref binding);
    }

    /// <summary>Ties the cards of a page to the merchant key; decrypts nothing.</summary>
    /// <param name="page">A page deserialized from a WeChat Pay answer.</param>
    /// <returns>The same page.</returns>
    public WeChatPayPage<UserCard> Attach(WeChatPayPage<UserCard> page)
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

    /// <summary>
    /// The request with every sensitive value ready for the wire (a copy through <c>with</c> when a value had to be
    /// encrypted, the request itself otherwise), and the <c>Wechatpay-Serial</c> to send (or <see langword="null"/> for the default).
    /// </summary>
    public async ValueTask<(T Request, string? Serial)> SealAsync<T>(T request, CancellationToken cancellationToken)
        where T : UserCardContent
    {
        RequireWireNames(request.UserInformation);
        var plan = default(SealPlan);
        SensitiveFieldWalker.Walk(request, ref plan);
        if (!plan.Encrypts)
        {
            return (request, plan.CallerSerial);
        }

        var (serial, key) = await EncryptionKeyAsync(plan, cancellationToken).ConfigureAwait(false);
        var sealer = new SensitiveValueSealer(key, serial);
        return (SensitiveFieldWalker.Walk(request, ref sealer), serial);
    }

    /// <summary>Every common field of a request can be sent: present, and named (a known <see cref="CommonField.Name"/> or a <see cref="CommonField.WireName"/>).</summary>
    private static void RequireWireNames(UserInformation? information)
    {
        if (information?.CommonFieldList is not { } common)
        {
            return;
        }

        for (var i = 0; i < common.Count; i++)
        {
            var field = common[i] ?? throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, $"user_information.common_field_list[{i}]", "the field is null.");
            if (field.Name == UserFormField.Unknown && string.IsNullOrEmpty(field.WireName))
            {
                throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, $"user_information.common_field_list[{i}].name", "UserFormField.Unknown has no wire name; set a known Name, or WireName to the name to send.");
            }
        }
    }

    private async ValueTask<(string Serial, RSA Key)> EncryptionKeyAsync(SealPlan plan, CancellationToken cancellationToken)
    {
        var (serial, key) = await keys.GetEncryptionKeyAsync(cancellationToken).ConfigureAwait(false);
        if (plan.CallerSerial is not null && !string.Equals(plan.CallerSerial, serial, StringComparison.Ordinal))
        {
            throw new MemberCardsValidationException(WeChatPayConstants.ServiceName, plan.CallerSerialField ?? "request", $"the value is encrypted to WeChat Pay key '{plan.CallerSerial}', but the SDK encrypts the other sensitive values of this request to '{serial}'. Encrypt every sensitive value yourself, or give them all as plain text.");
        }

        return (serial, key);
    }
}
