using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp;

/// <summary>Checks <see cref="ErpPointsOptions"/> at host start; every message names the setting (<c>MemberCards:Erp(name):Key</c>).</summary>
internal sealed class ErpPointsOptionsValidator : IValidateOptions<ErpPointsOptions>
{
    public ValidateOptionsResult Validate(string? name, ErpPointsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= string.Empty;
        var failures = new List<string>();
        var baseAddress = MemberCardsSettingName.Of(ErpConstants.ServiceName, name, nameof(ErpPointsOptions.BaseAddress));
        var address = options.BaseAddress;
        if (address is null && options.Timeout == ErpPointsOptions.DefaultTimeout)
        {
            failures.Add(MemberCardsSectionMissing.Message(
                MemberCardsSettingName.Of(ErpConstants.ServiceName, name),
                "the address of the ERP's API, for example https://erp.example.com/api/",
                MemberCardsSectionMissing.ConfigureOrBind("AddErpPoints", name),
                baseAddress));
        }
        else if (address is null)
        {
            failures.Add($"{baseAddress} is required, for example https://erp.example.com/api/.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{baseAddress} must be an absolute http or https address.");
        }
        else
        {
            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                failures.Add($"{baseAddress} must not carry user info; authenticate with a DelegatingHandler (ConfigureHttpClient) instead.");
            }

            if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
            {
                failures.Add($"{baseAddress} must not carry a query string or fragment.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > ErpPointsOptions.MaxTimeout)
        {
            failures.Add($"{MemberCardsSettingName.Of(ErpConstants.ServiceName, name, nameof(ErpPointsOptions.Timeout))} must be greater than zero and at most {ErpPointsOptions.MaxTimeout}; it is {options.Timeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
