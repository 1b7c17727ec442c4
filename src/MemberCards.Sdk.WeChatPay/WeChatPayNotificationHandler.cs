using MemberCards.Sdk.Security;
using MemberCards.Sdk.Serialization;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The default <see cref="IWeChatPayNotificationHandler"/>.</summary>
internal sealed class WeChatPayNotificationHandler(WeChatPayMerchant merchant, IMessageDeduplicationStore deduplication) : IWeChatPayNotificationHandler
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    public async Task<WeChatPayUserCardEvent> ParseAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(headers);
        await merchant.Verifier.VerifyNotificationAsync(
            Header(headers, WeChatPayHeaders.Timestamp),
            Header(headers, WeChatPayHeaders.Nonce),
            Header(headers, WeChatPayHeaders.Signature),
            Header(headers, WeChatPayHeaders.Serial),
            Header(headers, WeChatPayHeaders.SignatureType),
            body,
            cancellationToken).ConfigureAwait(false);
        var envelope = MemberCardsJson.Deserialize(body.Span, WeChatPayJson.NotificationEnvelope, "WeChatPay");
        var resource = envelope.Resource;
        if (string.IsNullOrEmpty(envelope.Id) || string.IsNullOrEmpty(envelope.EventType) || string.IsNullOrEmpty(resource?.Nonce) || string.IsNullOrEmpty(resource.Ciphertext))
        {
            throw new MemberCardsFormatException("WeChatPay", "notification", "$", "id, event_type, resource.nonce or resource.ciphertext is missing.");
        }

        if (merchant.Keys.ApiV3Key.IsEmpty)
        {
            throw new InvalidOperationException("Decrypting WeChat Pay notifications needs ApiV3Key in the options.");
        }

        byte[] plaintext;
        try
        {
            plaintext = AesGcmCipher.DecryptBytes(merchant.Keys.ApiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
        }
        catch (ArgumentException ex)
        {
            throw new MemberCardsFormatException("WeChatPay", "notification", "resource.nonce", ex.Message, ex);
        }

        var card = MemberCardsJson.Deserialize(plaintext, WeChatPayJson.UserCard, "WeChatPay");
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

    public async Task<WeChatPayNotificationAnswer> HandleAsync(IReadOnlyDictionary<string, string> headers, ReadOnlyMemory<byte> body, Func<WeChatPayUserCardEvent, CancellationToken, Task> onEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(onEvent);
        WeChatPayUserCardEvent notification;
        try
        {
            notification = await ParseAsync(headers, body, cancellationToken).ConfigureAwait(false);
        }
        catch (MemberCardsSignatureException)
        {
            return WeChatPayNotificationAnswer.Failure(401, "signature verification failed");
        }
        catch (MemberCardsFormatException)
        {
            return WeChatPayNotificationAnswer.Failure(400, "malformed notification");
        }

        var key = $"wechatpay:{merchant.Options.MerchantId}:{notification.Id}";
        InboundOutcome outcome;
        try
        {
            outcome = await InboundDeduplication.RunOnceAsync(deduplication, key, InboundDeduplication.DefaultProcessingTimeout, Retention, async ct =>
            {
                await onEvent(notification, ct).ConfigureAwait(false);
                return 1;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return WeChatPayNotificationAnswer.Failure(500, "the notification could not be processed");
        }

        return outcome == InboundOutcome.InProgress
            ? WeChatPayNotificationAnswer.Failure(503, "the notification is being processed")
            : WeChatPayNotificationAnswer.Success();
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
