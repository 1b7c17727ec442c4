using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Dispatching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk;

/// <summary>Adds the IoT customer/company event dispatcher to the MemberCards builder.</summary>
public static class IotBuilderExtensions
{
    /// <summary>The configuration key of the IoT settings under <c>MemberCards</c>.</summary>
    public const string SectionName = "Iot";

    /// <summary>
    /// Adds the default IoT dispatcher (<see cref="IIotEventDispatcher"/>), bound to <c>MemberCards:Iot</c> when
    /// <c>AddMemberCards(configuration)</c> was given one, with defaults otherwise.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEvents(this IMemberCardsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = Register(builder, Options.DefaultName);
        if (builder.GetServiceSection(SectionName) is { } section)
        {
            options.Bind(section);
        }

        return builder;
    }

    /// <summary>Adds the default IoT dispatcher configured in code.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEvents(this IMemberCardsBuilder builder, Action<IotOptions> configure)
        => builder.AddIotEvents(Options.DefaultName, configure);

    /// <summary>Adds the default IoT dispatcher bound to a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="section">The section holding <see cref="IotOptions"/> keys.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEvents(this IMemberCardsBuilder builder, IConfiguration section)
        => builder.AddIotEvents(Options.DefaultName, section);

    /// <summary>Adds a named IoT dispatcher configured in code (get it from <see cref="IIotEventDispatcherFactory"/>).</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The configuration name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEvents(this IMemberCardsBuilder builder, string name, Action<IotOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        Register(builder, name).Configure(configure);
        return builder;
    }

    /// <summary>Adds a named IoT dispatcher bound to a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The configuration name.</param>
    /// <param name="section">The section holding <see cref="IotOptions"/> keys.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEvents(this IMemberCardsBuilder builder, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        Register(builder, name).Bind(section);
        return builder;
    }

    /// <summary>
    /// Registers a scoped handler for an event type: a concrete event (<see cref="CustomerAddEvent"/>), a family
    /// (<see cref="CustomerProfileEvent"/>) or <see cref="IotEvent"/> for all. Several handlers per type run in registration order.
    /// </summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddIotEventHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IMemberCardsBuilder builder)
        where TEvent : IotEvent
        where THandler : class, IIotEventHandler<TEvent>
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IIotEventHandler<TEvent>, THandler>());
        return builder;
    }

    private static OptionsBuilder<IotOptions> Register(IMemberCardsBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var services = builder.Services;
        services.AddSingleton(new IotEventsRegistration(name));
        services.TryAddSingleton<IIotEventDispatcherFactory, IotEventDispatcherFactory>();
        services.TryAddSingleton(static sp => sp.GetRequiredService<IIotEventDispatcherFactory>().Create(Options.DefaultName));
        return builder.AddMemberCardsOptions<IotOptions, IotOptionsValidator>(name);
    }
}
