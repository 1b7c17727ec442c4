namespace MemberCards.Sdk;

/// <summary>
/// The builder every <c>AddXxx(name?)</c> returns: one registration (default or named) of one service. It sets
/// the registration's options, and each service adds its own verbs (<c>ConfigureHttpClient</c>,
/// <c>AddHandler</c>, <c>AddApi</c> ...). It is also an <see cref="IMemberCardsBuilder"/>, so the next service
/// can be added in the same chain.
/// </summary>
/// <typeparam name="TSelf">The service's builder type.</typeparam>
/// <typeparam name="TOptions">The service's options type.</typeparam>
public abstract class MemberCardsServiceBuilder<TSelf, TOptions> : IMemberCardsBuilder
    where TSelf : MemberCardsServiceBuilder<TSelf, TOptions>
    where TOptions : class
{
    /// <summary>Creates the builder of one registration.</summary>
    /// <param name="parent">The MemberCards builder it was added to.</param>
    /// <param name="service">The service's configuration key (<c>WeChatPay</c>, <c>Youzan</c> ...).</param>
    /// <param name="name">The registration name (empty for the default one).</param>
    protected MemberCardsServiceBuilder(IMemberCardsBuilder parent, string service, string name)
    {
        ArgumentNullException.ThrowIfNull(parent);
        ArgumentException.ThrowIfNullOrEmpty(service);
        ArgumentNullException.ThrowIfNull(name);
        Parent = parent;
        Service = service;
        Name = name;
    }

    /// <summary>The MemberCards builder this registration was added to.</summary>
    public IMemberCardsBuilder Parent { get; }

    /// <summary>The service's configuration key (<c>WeChatPay</c>, <c>Youzan</c> ...).</summary>
    public string Service { get; }

    /// <summary>The registration name (empty for the default one).</summary>
    public string Name { get; }

    /// <inheritdoc />
    public IServiceCollection Services => Parent.Services;

    /// <inheritdoc />
    public IConfiguration? Configuration => Parent.Configuration;

    /// <inheritdoc />
    public MemberCardsRegistrations Registrations => Parent.Registrations;

    /// <summary>
    /// Sets options of this registration in code (after any bound configuration). When another <c>AddXxx</c> call for the
    /// same name sets one of the same settings to a different value, validation fails naming that setting.
    /// </summary>
    /// <param name="configure">Sets the options.</param>
    /// <returns>This builder.</returns>
    public TSelf Configure(Action<TOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        Services.Configure(Name, configure);
        Registrations.Configurations.Add(new MemberCardsConfigureEntry(typeof(TOptions), Service, Name, string.Empty, this, configure));
        return (TSelf)this;
    }

    /// <summary>Binds options of this registration to a configuration section.</summary>
    /// <param name="section">The section (for example <c>MemberCards:WeChatPay</c>).</param>
    /// <returns>This builder.</returns>
    public abstract TSelf Bind(IConfiguration section);

    /// <summary>
    /// What every service's <see cref="Bind(IConfiguration)"/> does around its own call of the configuration binder
    /// (which stays in the service: the binder's source generator sees the concrete options type there, for NativeAOT).
    /// </summary>
    /// <param name="section">The section.</param>
    /// <param name="bind">The service's call: binds the options of this registration to the section.</param>
    /// <returns>This builder.</returns>
    private protected TSelf Bind(IConfiguration section, Action<OptionsBuilder<TOptions>, IConfiguration> bind)
    {
        ArgumentNullException.ThrowIfNull(section);
        bind(Services.AddOptions<TOptions>(Name), section);
        return (TSelf)this;
    }

    /// <inheritdoc />
    public override string ToString() => MemberCardsSettingName.Of(Service, Name);
}
