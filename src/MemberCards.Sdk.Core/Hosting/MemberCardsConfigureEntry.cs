namespace MemberCards.Sdk;

/// <summary>One <c>Configure</c> of one <c>AddXxx(name)</c> call, as <see cref="MemberCardsConfigureLog"/> keeps it.</summary>
/// <param name="OptionsType">The options type it sets.</param>
/// <param name="Service">The service's configuration key (<c>Erp</c>, <c>WeChatPay</c> ...).</param>
/// <param name="Name">The registration name (empty for the default one).</param>
/// <param name="KeyPrefix">What comes before a setting's key in its configuration path (<c>Mqtt:</c>), or empty.</param>
/// <param name="Call">The identity of the <c>AddXxx</c> call (its builder).</param>
/// <param name="Configure">The <c>Action&lt;TOptions&gt;</c>.</param>
internal sealed record MemberCardsConfigureEntry(Type OptionsType, string Service, string Name, string KeyPrefix, object Call, Delegate Configure);
