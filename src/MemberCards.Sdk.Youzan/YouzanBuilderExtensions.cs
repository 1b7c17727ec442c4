using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Sdk;

/// <summary>Adds the Youzan push receiver to the MemberCards builder.</summary>
public static class YouzanBuilderExtensions
{
    /// <summary>The configuration key of the Youzan section under <c>MemberCards</c>.</summary>
    public const string SectionName = "Youzan";

    /// <summary>Adds the default Youzan app, bound from the <c>MemberCards:Youzan</c> section given to <c>AddMemberCards(configuration)</c> when there is one.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddYouzan(this IMemberCardsBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = AddCore(builder, Options.DefaultName);
        if (builder.GetServiceSection(SectionName) is { } section)
        {
            options.Bind(section);
        }

        return builder;
    }

    /// <summary>Adds the default Youzan app, configured in code.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddYouzan(this IMemberCardsBuilder builder, Action<YouzanOptions> configure)
        => builder.AddYouzan(Options.DefaultName, configure);

    /// <summary>Adds the default Youzan app, bound from a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="section">The section holding <c>ClientId</c>, <c>ClientSecret</c> ...</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddYouzan(this IMemberCardsBuilder builder, IConfiguration section)
        => builder.AddYouzan(Options.DefaultName, section);

    /// <summary>Adds a named Youzan app, configured in code; get its dispatcher from <see cref="IYouzanPushDispatcherFactory"/>.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The app's name.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddYouzan(this IMemberCardsBuilder builder, string name, Action<YouzanOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        AddCore(builder, name).Configure(configure);
        return builder;
    }

    /// <summary>Adds a named Youzan app, bound from a configuration section.</summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The app's name.</param>
    /// <param name="section">The section holding <c>ClientId</c>, <c>ClientSecret</c> ...</param>
    /// <returns>The builder.</returns>
    public static IMemberCardsBuilder AddYouzan(this IMemberCardsBuilder builder, string name, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        AddCore(builder, name).Bind(section);
        return builder;
    }

    private static OptionsBuilder<YouzanOptions> AddCore(IMemberCardsBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var options = builder.AddMemberCardsOptions<YouzanOptions, YouzanOptionsValidator>(name);
        builder.Services.TryAddSingleton<IYouzanPushDispatcherFactory, YouzanPushDispatcherFactory>();
        builder.Services.TryAddSingleton(sp => sp.GetRequiredService<IYouzanPushDispatcherFactory>().Create(Options.DefaultName));
        return options;
    }
}
