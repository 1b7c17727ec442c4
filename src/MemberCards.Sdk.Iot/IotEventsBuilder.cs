using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk.Iot;

/// <summary>
/// One IoT events registration (default or named), returned by <c>AddIotEvents(name?)</c>: set its options
/// (<see cref="MemberCardsServiceBuilder{TSelf, TOptions}.Configure"/>, <see cref="Bind"/>), register handlers
/// (<see cref="AddHandler{TEvent, THandler}"/>) and a transport (<c>AddMqttSubscription</c> in <c>MemberCards.Sdk.Iot.Mqtt</c>).
/// </summary>
public sealed class IotEventsBuilder : MemberCardsServiceBuilder<IotEventsBuilder, IotOptions>
{
    internal IotEventsBuilder(IMemberCardsBuilder parent, string name)
        : base(parent, IotConstants.ServiceName, name)
    {
    }

    /// <inheritdoc />
    public override IotEventsBuilder Bind(IConfiguration section)
        => Bind(section, static (options, configuration) => options.Bind(configuration));

    /// <summary>
    /// Registers a scoped handler for an event type: a concrete event (<see cref="CustomerAddEvent"/>), a family
    /// (<see cref="CustomerProfileEvent"/>), <see cref="ProfileEvent"/> or <see cref="IotEvent"/> for all. Several handlers
    /// per type run in registration order; registering the same pair twice registers it once. Handlers serve every
    /// IoT registration of the host: <see cref="MessageContext.RegistrationName"/> tells which one received the message.
    /// </summary>
    /// <typeparam name="TEvent">The event type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public IotEventsBuilder AddHandler<TEvent, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TEvent : IotEvent
        where THandler : class, IIotMessageHandler<TEvent>
    {
        InboundHandlerRegistration.Add<IotMessageContext, TEvent, IIotMessageHandler<TEvent>, THandler>(Services);
        return this;
    }
}
