namespace MemberCards.Sdk.Erp;

/// <summary>Creates the client of any registered ERP (<c>AddErpPoints(name)</c>), and the host's own Refit interfaces over its pipeline.</summary>
public interface IErpPointsClientFactory
{
    /// <summary>Creates a client for the ERP registered as <paramref name="name"/>; cheap, create one per use.</summary>
    /// <param name="name">The name given to <c>AddErpPoints</c>; empty for the default ERP.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">No ERP is registered under that name (the message lists the registered ones).</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its settings are invalid.</exception>
    IErpPointsClient Create(string name);

    /// <summary>
    /// Creates the host's own Refit interface (added with <c>AddErpPoints(name).AddApi&lt;TApi&gt;()</c>) over the
    /// pipeline of the ERP registered as <paramref name="name"/>: its base address, the host's handlers (authentication),
    /// the ERP error mapping (<c>code</c>/<c>msg</c>/<c>info</c> to <see cref="MemberCardsApiException"/>, 5xx to a write
    /// as <see cref="MemberCardsOutcomeUnknownException"/>) and the SDK's telemetry. No Refit exception escapes it.
    /// </summary>
    /// <typeparam name="TApi">The Refit interface.</typeparam>
    /// <param name="name">The registration name; empty for the default ERP.</param>
    /// <returns>The generated client; cheap, create one per use.</returns>
    /// <exception cref="InvalidOperationException">No ERP is registered under that name, or <typeparamref name="TApi"/> was not added to it.</exception>
    TApi CreateApi<TApi>(string name)
        where TApi : class;
}
