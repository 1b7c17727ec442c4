using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp;

/// <summary>Checks <see cref="ErpPointsOptions"/> at host start; every message names the setting (<c>MemberCards:Erp(name):Key</c>).</summary>
internal sealed class ErpPointsOptionsValidator : IValidateOptions<ErpPointsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ErpPointsOptions options) => MemberCardsOptionsFailures.Collect(ErpConstants.ServiceName, name, options, Check);

    private static void Check(ErpPointsOptions options, MemberCardsOptionsFailures failures)
    {
        const string baseAddress = nameof(ErpPointsOptions.BaseAddress);
        var address = options.BaseAddress;
        if (address is null && options.Timeout == ErpPointsOptions.DefaultTimeout)
        {
            failures.AddSectionMissing("the address of the ERP's API, for example https://erp.example.com/api/", "AddErpPoints", failures.Setting(baseAddress));
        }
        else if (address is null)
        {
            failures.Add(baseAddress, "is required, for example https://erp.example.com/api/.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add(baseAddress, "must be an absolute http or https address.");
        }
        else
        {
            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                failures.Add(baseAddress, "must not carry user info; authenticate with a DelegatingHandler (ConfigureHttpClient) instead.");
            }

            if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
            {
                failures.Add(baseAddress, "must not carry a query string or fragment.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > ErpPointsOptions.MaxTimeout)
        {
            failures.Add(nameof(ErpPointsOptions.Timeout), $"must be greater than zero and at most {ErpPointsOptions.MaxTimeout}; it is {options.Timeout}.");
        }
    }
}
