using MemberCards.Sdk.Youzan;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Adds Youzan push receivers to the MemberCards builder.</summary>
public static class YouzanBuilderExtensions
{
    private static readonly MemberCardsServiceRegistration<YouzanOptions, YouzanOptionsValidator> Registration = new()
    {
        Service = YouzanConstants.ServiceName,
        AddShared = static services => services.TryAddSingleton<IYouzanDispatcherFactory, YouzanDispatcherFactory>(),
        AddDefault = static services => services.TryAddSingleton(static sp => sp.GetRequiredService<IYouzanDispatcherFactory>().Create(string.Empty)),
    };

    /// <summary>
    /// Adds a Youzan app registration and returns its builder: the default app (<paramref name="name"/>
    /// <see langword="null"/> or empty; <see cref="IYouzanDispatcher"/>, bound to the <c>Youzan</c> sub-section of the
    /// configuration given to <c>AddMemberCards(configuration)</c> when there is one) or a named one (from
    /// <see cref="IYouzanDispatcherFactory.Create"/>). Set it with <c>.Configure(o =&gt; ...)</c> or <c>.Bind(section)</c>
    /// and add handlers with <c>.AddHandler&lt;TMessage, THandler&gt;()</c>. Calling it again for the same name returns a
    /// builder of the same registration.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default app.</param>
    /// <returns>The registration's builder.</returns>
    public static YouzanBuilder AddYouzan(this IMemberCardsBuilder builder, string? name = null)
        => Registration.Add(builder, name, n => new YouzanBuilder(builder, n));
}
