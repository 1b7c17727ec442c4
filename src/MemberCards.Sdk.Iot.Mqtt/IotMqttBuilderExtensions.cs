using System.Diagnostics.CodeAnalysis;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Iot.Mqtt;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk;

/// <summary>Adds the MQTT subscription (MQTTnet 5, a hosted service) to an IoT events registration.</summary>
public static class IotMqttBuilderExtensions
{
    private const string Service = "Iot.Mqtt";

    /// <summary>
    /// Subscribes the registration to its IoT topics on an MQTT broker while the host runs: every message goes to the
    /// registration's dispatcher and is acknowledged only once handled (or a duplicate, or unreadable). For the default
    /// registration the options are first bound to <c>MemberCards:Iot:Mqtt</c> when <c>AddMemberCards(configuration)</c>
    /// was given one; <paramref name="configure"/> runs after. Validated at host start, which fails when a topic's tenant
    /// (or project) is not in the registration's <c>AllowedTenants</c> (<c>AllowedProjects</c>). Calling it again for the same
    /// registration only adds <paramref name="configure"/>; setting a setting to another value there fails validation.
    /// </summary>
    /// <param name="builder">The IoT events registration.</param>
    /// <param name="configure">Sets the MQTT options.</param>
    /// <returns>The registration's builder.</returns>
    public static IotEventsBuilder AddMqttSubscription(this IotEventsBuilder builder, Action<IotMqttOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = Register(builder);
        if (configure is not null)
        {
            options.Configure(configure);
            builder.Registrations.Configurations.Add(new MemberCardsConfigureEntry(typeof(IotMqttOptions), IotConstants.ServiceName, builder.Name, "Mqtt:", new object(), configure));
        }

        return builder;
    }

    /// <summary>Subscribes the registration to its IoT topics on an MQTT broker, with the MQTT options bound to <paramref name="section"/>.</summary>
    /// <param name="builder">The IoT events registration.</param>
    /// <param name="section">The section holding <see cref="IotMqttOptions"/> keys.</param>
    /// <returns>The registration's builder.</returns>
    public static IotEventsBuilder AddMqttSubscription(this IotEventsBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        Register(builder).Bind(section);
        return builder;
    }

    /// <summary>
    /// Registers a scoped handler for messages the MQTT subscriptions cannot read (a dead-letter store, an alert). They are
    /// acknowledged after it ran, whatever it does. Registering the same handler twice registers it once.
    /// </summary>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <param name="builder">The IoT events registration.</param>
    /// <returns>The registration's builder.</returns>
    public static IotEventsBuilder AddMqttPoisonMessageHandler<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>(this IotEventsBuilder builder)
        where THandler : class, IIotMqttPoisonMessageHandler
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<IIotMqttPoisonMessageHandler, THandler>());
        return builder;
    }

    private static OptionsBuilder<IotMqttOptions> Register(IotEventsBuilder builder)
    {
        var name = builder.Name;
        var services = builder.Services;
        var options = services.AddOptions<IotMqttOptions>(name);
        if (!builder.Registrations.Add(Service, name))
        {
            return options;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IotMqttOptions>, IotMqttOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IotMqttOptions>, IotMqttTenantValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IotMqttOptions>, MemberCardsConflictValidator<IotMqttOptions>>());
        options.ValidateOnStart();
        if (name.Length == 0 && builder.GetServiceSection(IotConstants.ServiceName) is { } iot && iot.GetSection("Mqtt") is { } mqtt && mqtt.Exists())
        {
            options.Bind(mqtt);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(static sp => new IotMqttHealthCheck(sp.GetServices<IotMqttSubscriptionState>()));
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptionsMonitor<IotMqttOptions>>().Get(name);
            return new IotMqttSubscriptionState(name, $"{o.Server}:{o.Port}");
        });
        services.AddSingleton<IHostedService>(sp => new IotMqttSubscription(
            name,
            sp.GetRequiredService<IOptionsMonitor<IotMqttOptions>>(),
            sp.GetRequiredService<IIotDispatcherFactory>(),
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetServices<IotMqttSubscriptionState>().Single(s => s.RegistrationName == name),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<IotMqttSubscription>>()));
        return options;
    }
}
