using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.AspNetCore;
using MemberCards.Sdk.WeChat;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk;

/// <summary>Registers handlers for the events <c>MapWeChatCardEvents</c> receives.</summary>
public static class WeChatEventHandlerBuilderExtensions
{
    /// <summary>Registers a scoped <see cref="IWeChatEventHandler{TEvent}"/> (several may handle the same event type).</summary>
    /// <typeparam name="TEvent">The event type: a concrete event, a family, or <see cref="WeChatEvent"/> for all.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatEventHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IMemberCardsBuilder builder)
        where TEvent : WeChatEvent
        where THandler : class, IWeChatEventHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IWeChatEventHandler<TEvent>, THandler>();
        return builder;
    }
}
