using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// One <see cref="WeChatPayMerchant"/> per options name, built once (so each private key is parsed once), and kept
/// current: an <see cref="IOptionsMonitor{TOptions}"/> change (configuration reload) is applied to the merchant
/// already built, without a restart.
/// </summary>
internal sealed class WeChatPayMerchantRegistry : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<WeChatPayMerchant>> merchants = new(StringComparer.Ordinal);
    private readonly IOptionsMonitor<WeChatPayOptions> options;
    private readonly IHttpClientFactory httpClientFactory;
    private readonly TimeProvider time;
    private readonly ILoggerFactory loggerFactory;
    private readonly IDistributedCache cache;
    private readonly IMemberCardsLockProvider locks;
    private readonly IDisposable? subscription;
    private readonly WeChatPayParsedPrivateKeys? parsedKeys;

    public WeChatPayMerchantRegistry(IOptionsMonitor<WeChatPayOptions> options, MemberCardsHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory loggerFactory, IDistributedCache cache, IMemberCardsLockProvider locks, IEnumerable<IValidateOptions<WeChatPayOptions>> validators)
    {
        // The SDK's validator parses every private key it passes; the merchant built next takes that key instead of parsing it again.
        parsedKeys = validators.OfType<WeChatPayOptionsValidator>().FirstOrDefault()?.ParsedKeys;
        this.options = options;
        this.httpClientFactory = httpClientFactory;
        this.time = time;
        this.loggerFactory = loggerFactory;
        this.cache = cache;
        this.locks = locks;
        subscription = options.OnChange(OnOptionsChanged);
    }

    public WeChatPayMerchant Get(string name)
        => merchants.TryGetValue(name, out var known) ? known.Value : Add(name);

    /// <summary>
    /// Forgets a merchant a registration source gave (invalidated, re-read or offboarded): the next <see cref="Get"/>
    /// builds it again from the options of now. It is not disposed: requests in flight may still sign with its key or
    /// verify with its certificates; it owns no timer or connection, and its keys are released when it is collected.
    /// </summary>
    /// <param name="name">The registration name.</param>
    /// <param name="removed">
    /// The name is gone (offboarded, invalidated, or its new options failed): a private key its options validation
    /// parked and no merchant took is dropped too. <see langword="false"/> when new options replaced the old ones,
    /// whose freshly parsed key the next merchant takes.
    /// </param>
    public void Remove(string name, bool removed)
    {
        merchants.TryRemove(name, out _);
        if (removed)
        {
            parsedKeys?.Drop(name);
        }
    }

    public void Dispose()
    {
        subscription?.Dispose();
        foreach (var merchant in merchants.Values)
        {
            if (merchant.IsValueCreated)
            {
                merchant.Value.Dispose();
            }
        }
    }

    /// <summary>
    /// Applies a reload to a merchant already built. The options monitor reports every name bound to the reloaded
    /// configuration, changed or not: a merchant whose settings are the same (<see cref="WeChatPayOptionsEquality"/>)
    /// only takes the new options instance, and keeps its parsed keys, its certificates and its state (issue 23).
    /// </summary>
    private void OnOptionsChanged(WeChatPayOptions changed, string? name)
    {
        if (merchants.TryGetValue(name ?? Options.DefaultName, out var merchant) && merchant.IsValueCreated)
        {
            merchant.Value.Apply(changed);
        }
    }

    private WeChatPayMerchant Add(string name)
        => merchants.GetOrAdd(name, n => new Lazy<WeChatPayMerchant>(() => new WeChatPayMerchant(
            n,
            options.Get(n),
            () => httpClientFactory.CreateClient(WeChatPayHttpClient.Name(n)),
            time,
            loggerFactory.CreateLogger<WeChatPayMerchant>(),
            Sharing(options.Get(n)),
            parsedKeys))).Value;

    // The platform certificate set is shared by every instance on the same cache and lock provider (a fleet with UseRedis).
    private WeChatPayCertificateSharing? Sharing(WeChatPayOptions merchant)
        => string.IsNullOrEmpty(merchant.MerchantId) ? null
            : new WeChatPayCertificateSharing(cache, locks, time, loggerFactory.CreateLogger<WeChatPayCertificateSharing>(), merchant.MerchantId, merchant.CertificateRefreshInterval);
}
