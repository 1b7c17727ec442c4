using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Erp;

/// <summary>Checks <see cref="ErpPointsOptions"/> at host start; every message names the setting and its config key.</summary>
public sealed class ErpPointsOptionsValidator : IValidateOptions<ErpPointsOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ErpPointsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var prefix = string.IsNullOrEmpty(name) ? "MemberCards:Erp" : $"ERP '{name}'";
        var failures = new List<string>();
        var address = options.BaseAddress;
        if (address is null)
        {
            failures.Add($"{prefix}: BaseAddress is required (config key BaseAddress), for example https://erp.example.com/api/.");
        }
        else if (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{prefix}: BaseAddress must be an absolute http or https address.");
        }
        else
        {
            if (!string.IsNullOrEmpty(address.UserInfo))
            {
                failures.Add($"{prefix}: BaseAddress must not carry user info; authenticate with a DelegatingHandler instead.");
            }

            if (!string.IsNullOrEmpty(address.Query) || !string.IsNullOrEmpty(address.Fragment))
            {
                failures.Add($"{prefix}: BaseAddress must not carry a query string or fragment.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > ErpPointsOptions.MaxTimeout)
        {
            failures.Add($"{prefix}: Timeout (config key Timeout) must be greater than zero and at most {ErpPointsOptions.MaxTimeout}; got {options.Timeout}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
