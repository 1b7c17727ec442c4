namespace MemberCards.Sdk.Erp;

/// <summary>Creates the client of one of several ERPs registered by name (<c>AddErpPoints("brandA", ...)</c>).</summary>
public interface IErpPointsClientFactory
{
    /// <summary>Creates a client for the ERP registered as <paramref name="name"/>; cheap, create one per use.</summary>
    /// <param name="name">The name given to <c>AddErpPoints</c>; <see cref="Microsoft.Extensions.Options.Options.DefaultName"/> for the default ERP.</param>
    /// <returns>The client.</returns>
    /// <exception cref="ArgumentException">No ERP was registered under that name.</exception>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">Its settings are invalid.</exception>
    IErpPointsClient Create(string name);
}
