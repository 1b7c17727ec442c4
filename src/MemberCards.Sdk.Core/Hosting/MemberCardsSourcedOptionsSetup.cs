namespace MemberCards.Sdk;

/// <summary>
/// The step of a service's options that asks its <see cref="IMemberCardsRegistrationSource{TOptions}"/> to fill a name
/// that was not registered with <c>AddXxx(name)</c>. A post-configuration: it runs in the options factory after all of the
/// host's configuration (<c>ConfigureAll</c> defaults, whenever they were added) and before the service's validators, so
/// the source has the last word and a sourced name is validated like a registered one, its errors naming the
/// registration and the setting.
/// </summary>
/// <typeparam name="TOptions">The service's options type.</typeparam>
/// <param name="service">The service name.</param>
/// <param name="source">The source.</param>
/// <param name="registrations">The registered names (they are never asked for).</param>
internal sealed class MemberCardsSourcedOptionsSetup<TOptions>(string service, IMemberCardsRegistrationSource<TOptions> source, MemberCardsRegistrations registrations) : IPostConfigureOptions<TOptions>
    where TOptions : class
{
    /// <inheritdoc />
    /// <exception cref="MemberCardsNotRegisteredException">The source does not know <paramref name="name"/>.</exception>
    public void PostConfigure(string? name, TOptions options)
    {
        name ??= Options.DefaultName;
        if (registrations.Contains(service, name))
        {
            return;
        }

        if (!source.TryConfigure(name, options))
        {
            throw new MemberCardsNotRegisteredException(() => registrations.NotRegisteredMessage(service, name));
        }
    }
}
