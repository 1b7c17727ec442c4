namespace MemberCards.Sdk;

/// <summary>
/// Returned by <see cref="MemberCardsServiceCollectionExtensions.AddMemberCards(IServiceCollection)"/>; each
/// client package adds its <c>AddXxx(...)</c> extension to it (<c>AddWeChatCards</c>, <c>AddWeChatPay</c>,
/// <c>AddYouzan</c>, <c>AddErpPoints</c>, <c>AddIotEvents</c>).
/// </summary>
public interface IMemberCardsBuilder
{
    /// <summary>The service collection being configured.</summary>
    IServiceCollection Services { get; }

    /// <summary>
    /// The <c>MemberCards</c> configuration section given to <c>AddMemberCards(configuration)</c>, or
    /// <see langword="null"/>. A client added without explicit settings binds its sub-section of it
    /// (<c>WeChat</c>, <c>WeChatPay</c>, <c>Youzan</c>, <c>Erp</c>, <c>Iot</c>).
    /// </summary>
    IConfiguration? Configuration { get; }

    /// <summary>The registration names of every service added so far (one registry for the whole service collection).</summary>
    MemberCardsRegistrations Registrations { get; }
}
