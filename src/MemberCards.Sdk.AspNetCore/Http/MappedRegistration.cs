namespace MemberCards.Sdk.AspNetCore;

/// <summary>The check a <c>Map*</c> method makes of the one registration name a route for one name serves.</summary>
internal static class MappedRegistration
{
    /// <summary>
    /// Throws when <paramref name="name"/> is not registered with the service's <c>AddXxx(name)</c>. A route for one name
    /// serves a registered name only; when the service has a registration source, the message says that its names are
    /// served by a pattern with <c>{registration}</c> instead (the source is not asked when the route is mapped).
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <param name="service">The service name.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="call">The mapping call, such as <c>MapWeChatPayNotifications("/wechatpay/notify/brandA", "brandA")</c>.</param>
    /// <exception cref="InvalidOperationException">The name is not registered.</exception>
    public static void Require(IServiceProvider services, string service, string name, string call)
    {
        var registrations = services.GetRequiredService<MemberCardsRegistrations>();
        if (!registrations.Contains(service, name) && registrations.HasSource(service))
        {
            throw new InvalidOperationException($"{MemberCardsSettingName.Of(service, name)} is not registered, and {call} serves one registered name. The names of the registration source are served by a pattern with a {{{EndpointPatterns.RegistrationParameter}}} parameter, which reads the name from the route per request; or register the name with the {service} package's Add method.");
        }

        registrations.Require(service, name);
    }
}
