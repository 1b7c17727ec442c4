using MemberCards.Sdk.Erp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Registers ERP points clients: <see cref="IErpPointsClient"/> for the default ERP and <see cref="IErpPointsClientFactory"/> for every ERP.</summary>
public static class ErpPointsBuilderExtensions
{
    /// <summary>
    /// Adds an ERP registration and returns its builder: the default ERP (<paramref name="name"/> <see langword="null"/>
    /// or empty; <see cref="IErpPointsClient"/>, bound to the <c>Erp</c> sub-section of the configuration given to
    /// <c>AddMemberCards(configuration)</c> when there is one) or a named one (from
    /// <see cref="IErpPointsClientFactory.Create"/>). Set it with <c>.Configure(o =&gt; ...)</c> or <c>.Bind(section)</c>,
    /// add the ERP's authentication with <c>.ConfigureHttpClient(...)</c>, and the host's own endpoints with
    /// <c>.AddApi&lt;TApi&gt;()</c>. Calling it again for the same name returns a builder of the same registration.
    /// </summary>
    /// <param name="builder">The MemberCards builder.</param>
    /// <param name="name">The registration name; <see langword="null"/> or empty for the default ERP.</param>
    /// <returns>The registration's builder.</returns>
    public static ErpPointsBuilder AddErpPoints(this IMemberCardsBuilder builder, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        name ??= string.Empty;
        var erp = new ErpPointsBuilder(builder, name, MemberCardsOutgoing.AddClient(builder.Services, ErpHttpClient.Of(name)));
        if (!builder.Registrations.Add(ErpConstants.ServiceName, name))
        {
            return erp;
        }

        var services = builder.Services;
        builder.AddMemberCardsOptions<ErpPointsOptions, ErpPointsOptionsValidator>(name);
        if (builder.Registrations.FirstTime(typeof(ErpPointsBuilderExtensions)))
        {
            services.TryAddSingleton<IErpPointsClientFactory, ErpPointsClientFactory>();
        }

        if (name.Length == 0)
        {
            services.TryAddTransient(static sp => sp.GetRequiredService<IErpPointsClientFactory>().Create(string.Empty));
            if (builder.GetServiceSection(ErpConstants.ServiceName) is { } section)
            {
                erp.Bind(section);
            }
        }

        return erp;
    }
}
