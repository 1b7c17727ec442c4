namespace MemberCards.Sdk.WeChatPay;

/// <summary>Reads one notification: envelope shape first (nothing malformed reaches the key store), then the signature, then the AES-GCM resource, read as the type its <c>original_type</c> names.</summary>
internal static class WeChatPayNotificationParser
{
    public static async Task<WeChatPayEvent> ParseAsync(WeChatPayMerchant merchant, IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (body.Length > merchant.Options.MaxMessageBytes)
        {
            throw new MemberCardsMessageTooLargeException(WeChatPayConstants.ServiceName, merchant.Options.MaxMessageBytes, body.Length);
        }

        var envelope = MemberCardsJson.Deserialize(body.Span, WeChatPayJson.For<WeChatPayNotificationEnvelope>(), WeChatPayConstants.ServiceName);
        var resource = envelope.Resource;
        if (string.IsNullOrEmpty(envelope.Id) || string.IsNullOrEmpty(envelope.EventType) || string.IsNullOrEmpty(resource?.Nonce) || string.IsNullOrEmpty(resource.Ciphertext))
        {
            throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "notification", "$", "id, event_type, resource.nonce or resource.ciphertext is missing.");
        }

        await merchant.Verifier.VerifyNotificationAsync(
            Header(headers, WeChatPayConstants.TimestampHeader),
            Header(headers, WeChatPayConstants.NonceHeader),
            Header(headers, WeChatPayConstants.SignatureHeader),
            Header(headers, WeChatPayConstants.SerialHeader),
            Header(headers, WeChatPayConstants.SignatureTypeHeader),
            body,
            cancellationToken).ConfigureAwait(false);
        if (merchant.Keys.ApiV3Key.IsEmpty)
        {
            throw new InvalidOperationException($"Decrypting WeChat Pay notifications needs {MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, merchant.Name, "ApiV3Key")}.");
        }

        byte[] plaintext;
        try
        {
            plaintext = AesGcmCipher.DecryptBytes(merchant.Keys.ApiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
        }
        catch (ArgumentException ex)
        {
            throw new MemberCardsFormatException(WeChatPayConstants.ServiceName, "notification", "resource.nonce", ex.Message, ex);
        }

        WeChatPayEvent message = Route(resource.OriginalType, envelope.EventType) switch
        {
            WeChatPayOriginalTypes.UserCard => new WeChatPayUserCardEvent
            {
                Kind = KindOf(envelope.EventType),
                UserCard = merchant.Cipher.Attach(MemberCardsJson.Deserialize(plaintext, WeChatPayJson.For<UserCard>(), WeChatPayConstants.ServiceName), lenient: true),
            },
            WeChatPayOriginalTypes.PointCoupon => MemberCardsJson.Deserialize(plaintext, WeChatPayJson.For<WeChatPayPointExchangeCouponEvent>(), WeChatPayConstants.ServiceName),
            WeChatPayOriginalTypes.SyncUserPoint => MemberCardsJson.Deserialize(plaintext, WeChatPayJson.For<WeChatPaySyncUserPointEvent>(), WeChatPayConstants.ServiceName),
            _ => new WeChatPayUnknownEvent { ResourceJson = System.Text.Encoding.UTF8.GetString(plaintext) },
        };

        // The envelope is the truth for these, whatever the decrypted payload carried under the same names.
        message.Id = envelope.Id;
        message.CreateTime = envelope.CreateTime;
        message.EventType = envelope.EventType;
        message.Summary = envelope.Summary;
        message.OriginalType = resource.OriginalType;
        return message;
    }

    /// <summary>
    /// The type to read the resource as: <c>resource.original_type</c> when present (known or not), else the one the
    /// <c>event_type</c> names in any generation (<c>...USER_CARD.*</c>, <c>...POINT_EXCHANGE_COUPON</c>,
    /// <c>...SYNC_USER_POINT</c>); <see langword="null"/> for anything else.
    /// </summary>
    private static string? Route(string? originalType, string eventType)
    {
        if (!string.IsNullOrEmpty(originalType))
        {
            return originalType;
        }

        if (eventType.Contains(".USER_CARD.", StringComparison.Ordinal))
        {
            return WeChatPayOriginalTypes.UserCard;
        }

        if (eventType.EndsWith(".POINT_EXCHANGE_COUPON", StringComparison.Ordinal))
        {
            return WeChatPayOriginalTypes.PointCoupon;
        }

        return eventType.EndsWith(".SYNC_USER_POINT", StringComparison.Ordinal) ? WeChatPayOriginalTypes.SyncUserPoint : null;
    }

    private static UserCardEventKind KindOf(string eventType)
        => eventType.EndsWith(".USER_CARD.CREATE", StringComparison.Ordinal) ? UserCardEventKind.Created
            : eventType.EndsWith(".USER_CARD.DELETE", StringComparison.Ordinal) ? UserCardEventKind.Deleted
            : UserCardEventKind.Unknown;

    private static string? Header(IReadOnlyDictionary<string, string> headers, string name)
    {
        if (headers.TryGetValue(name, out var value))
        {
            return value;
        }

        foreach (var pair in headers)
        {
            if (string.Equals(pair.Key, name, StringComparison.OrdinalIgnoreCase))
            {
                return pair.Value;
            }
        }

        return null;
    }
}
