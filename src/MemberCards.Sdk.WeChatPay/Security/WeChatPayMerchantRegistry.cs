using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>One <see cref="WeChatPayMerchant"/> per options name, built once (so each private key is parsed once).</summary>
internal sealed class WeChatPayMerchantRegistry(IOptionsMonitor<WeChatPayOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time, ILoggerFactory loggerFactory, IDistributedCache cache, IMemberCardsLockProvider locks) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<WeChatPayMerchant>> merchants = new(StringComparer.Ordinal);

    public static string HttpClientName(string name) => "MemberCards.WeChatPay:" + name;

    public WeChatPayMerchant Get(string name)
        => merchants.TryGetValue(name, out var known) ? known.Value : Add(name);

    private WeChatPayMerchant Add(string name)
        => merchants.GetOrAdd(name, n => new Lazy<WeChatPayMerchant>(() => new WeChatPayMerchant(
            n,
            options.Get(n),
            () => httpClientFactory.CreateClient(HttpClientName(n)),
            time,
            loggerFactory.CreateLogger("MemberCards.Sdk.WeChatPay"),
            Sharing(options.Get(n))))).Value;

    // The platform certificate set is shared by every instance on the same cache and lock provider (a fleet with UseRedis).
    private WeChatPayCertificateSharing? Sharing(WeChatPayOptions merchant)
        => string.IsNullOrEmpty(merchant.MerchantId) ? null
            : new WeChatPayCertificateSharing(cache, locks, time, loggerFactory.CreateLogger("MemberCards.Sdk.WeChatPay"), merchant.MerchantId, merchant.CertificateRefreshInterval);

    public void Dispose()
    {
        foreach (var merchant in merchants.Values)
        {
            if (merchant.IsValueCreated)
            {
                merchant.Value.Dispose();
            }
        }
    }
}
