using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk.Youzan;

/// <summary>
/// One Youzan app registration (default or named), returned by <c>AddYouzan(name?)</c>: its settings
/// (<see cref="MemberCardsServiceBuilder{TSelf, TOptions}.Configure"/>, <see cref="Bind"/>) and the handlers of its
/// pushes (<see cref="AddHandler{TMessage, THandler}"/>).
/// </summary>
public sealed class YouzanBuilder : MemberCardsServiceBuilder<YouzanBuilder, YouzanOptions>
{
    internal YouzanBuilder(IMemberCardsBuilder parent, string name)
        : base(parent, YouzanConstants.ServiceName, name)
    {
    }

    /// <inheritdoc />
    public override YouzanBuilder Bind(IConfiguration section)
        => Bind(section, static (options, configuration) => options.Bind(configuration));

    /// <summary>
    /// Registers a scoped handler of Youzan pushes: for a concrete event (<see cref="YouzanCardEvent"/>,
    /// <see cref="YouzanCustomerCardEvent"/>), the family (<see cref="YouzanEvent"/>) or every push
    /// (<see cref="YouzanPush"/>); see <see cref="IYouzanMessageHandler{TMessage}"/> for the order. Registering the same
    /// pair again registers it once. Handlers serve every Youzan app of the host; the app that received a push is
    /// <see cref="MessageContext.RegistrationName"/>.
    /// </summary>
    /// <typeparam name="TMessage">The message type.</typeparam>
    /// <typeparam name="THandler">The handler.</typeparam>
    /// <returns>This builder.</returns>
    public YouzanBuilder AddHandler<TMessage, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] THandler>()
        where TMessage : class
        where THandler : class, IYouzanMessageHandler<TMessage>
    {
        InboundHandlerRegistration.Add<YouzanMessageContext, TMessage, IYouzanMessageHandler<TMessage>, THandler>(Services);
        return this;
    }
}
