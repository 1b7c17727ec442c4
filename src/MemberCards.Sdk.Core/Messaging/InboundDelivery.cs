namespace MemberCards.Sdk;

/// <summary>What a service tells <see cref="InboundCore"/> about one verified, parsed message.</summary>
/// <param name="Service">The service's name, such as <c>WeChat</c>.</param>
/// <param name="RegistrationName">The registration that received it (empty for the default one).</param>
/// <param name="MessageId">The platform's id of the message, for logs and traces, or <see langword="null"/>.</param>
/// <param name="DeduplicationKey">The service's de-duplication key (service prefix and the platform's ids), or <see langword="null"/> when the message cannot be de-duplicated.</param>
/// <param name="ProcessingTimeout">How long the claim is held while the handlers run.</param>
/// <param name="DeduplicationWindow">How long a handled message is remembered.</param>
internal readonly record struct InboundDelivery(
    string Service,
    string RegistrationName,
    string? MessageId,
    string? DeduplicationKey,
    TimeSpan ProcessingTimeout,
    TimeSpan DeduplicationWindow);
