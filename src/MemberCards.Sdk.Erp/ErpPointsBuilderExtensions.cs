using MemberCards.Sdk.Erp;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MemberCards.Sdk;

/// <summary>Registers ERP points clients: <see cref="IErpPointsClient"/> for the default ERP and <see cref="IErpPointsClientFactory"/> for every ERP.</summary>
public static class ErpPointsBuilderExtensions
{
    private static readonly MemberCardsServiceRegistration<ErpPointsOptions, ErpPointsOptionsValidator> Registration = new()
    {
        Service = ErpConstants.ServiceName,
        AddShared = static services => services.TryAddSingleton<IErpPointsClientFactory, ErpPointsClientFactory>(),
        AddDefault = static services => services.TryAddTransient(static sp => sp.GetRequiredService<IErpPointsClientFactory>().Create(string.Empty)),
    };

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
        => Registration.Add(builder, name, n => new ErpPointsBuilder(builder, n, MemberCardsOutgoing.AddClient(builder.Services, ErpHttpClient.Of(n))));
}
