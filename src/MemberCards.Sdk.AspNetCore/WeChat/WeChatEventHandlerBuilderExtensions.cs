using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.AspNetCore;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk;

/// <summary>Registers handlers for the notifications <c>MapWeChatPayNotifications</c> receives.</summary>
public static class WeChatEventHandlerBuilderExtensions
{
    /// <summary>Registers a scoped <see cref="IWeChatPayUserCardEventHandler"/> (several may be registered).</summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddWeChatPayUserCardEventHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IMemberCardsBuilder builder)
        where THandler : class, IWeChatPayUserCardEventHandler
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<IWeChatPayUserCardEventHandler, THandler>();
        return builder;
    }
}
