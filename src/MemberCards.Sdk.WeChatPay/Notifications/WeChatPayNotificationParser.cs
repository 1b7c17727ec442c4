using MemberCards.Sdk.Security;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>Reads one notification: envelope shape first (nothing malformed reaches the key store), then the signature, then the AES-GCM resource.</summary>
internal static class WeChatPayNotificationParser
{
    public static async Task<WeChatPayUserCardEvent> ParseAsync(WeChatPayMerchant merchant, IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (body.Length > merchant.Options.MaxMessageBytes)
        {
            throw new MemberCardsMessageTooLargeException(WeChatPayConstants.ServiceName, merchant.Options.MaxMessageBytes, body.Length);
        }

        var envelope = MemberCardsJson.Deserialize(body.Span, WeChatPayJson.NotificationEnvelope, WeChatPayConstants.ServiceName);
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

        var card = MemberCardsJson.Deserialize(plaintext, WeChatPayJson.UserCard, WeChatPayConstants.ServiceName);
        card = merchant.Cipher.Attach(card, lenient: true);

        return new WeChatPayUserCardEvent
        {
            Id = envelope.Id,
            CreateTime = envelope.CreateTime,
            EventType = envelope.EventType,
            Kind = envelope.EventType switch
            {
                WeChatPayUserCardEvent.CreateEventType => UserCardEventKind.Created,
                WeChatPayUserCardEvent.DeleteEventType => UserCardEventKind.Deleted,
                _ => UserCardEventKind.Unknown,
            },
            Summary = envelope.Summary,
            UserCard = card,
        };
    }

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
