using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Timeout;

namespace MemberCards.Sdk.WeChat;

/// <summary>
/// Builds the handler pipeline of a registration's two HTTP clients, outermost first: resilience (GET-only
/// retries with jitter on 5xx, 429 and network errors, a per-attempt timeout) -> auth (access_token and the one
/// renewal; card API only) -> the shared <see cref="MemberCardsPipelineHandler"/> (telemetry, transport failures,
/// <see cref="WeChatErrorMapper"/>, 5xx on a POST is outcome-unknown) -> the <see cref="HttpClient"/>.
/// </summary>
internal static class WeChatHttpPipeline
{
    /// <summary>How often a GET is retried (after the first attempt) unless <c>ConfigureRetry</c> says otherwise.</summary>
    internal const int MaxRetryAttempts = 2;

    /// <summary>The base delay of the exponential, jittered back-off between GET attempts.</summary>
    internal static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Registers the card API client and the token client of <paramref name="name"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="name">The registration name.</param>
    /// <param name="first">Whether this is the registration's first <c>AddWeChatCards</c> call (the steps are added once).</param>
    /// <returns>The two client builders (card API, token), for <c>ConfigureHttpClient</c>.</returns>
    public static (IHttpClientBuilder Api, IHttpClientBuilder Token) Add(IServiceCollection services, string name, bool first)
    {
        if (!first)
        {
            return (services.AddHttpClient(WeChatConstants.ApiClientName(name)), services.AddHttpClient(WeChatConstants.TokenClientName(name)));
        }

        var token = services.AddHttpClient(WeChatConstants.TokenClientName(name))
            .ConfigureHttpClient((sp, http) => Configure(http, sp.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name)));
        AddResilience(token, name);
        token.AddHttpMessageHandler(() => new MemberCardsPipelineHandler(WeChatConstants.ServiceName, name, WeChatErrorMapper.TokenRequests));

        var api = services.AddHttpClient(WeChatConstants.ApiClientName(name))
            .ConfigureHttpClient((sp, http) => Configure(http, sp.GetRequiredService<IOptionsMonitor<WeChatCardsOptions>>().Get(name)));
        AddResilience(api, name);
        api.AddHttpMessageHandler(sp => new WeChatAccessTokenHandler(sp.GetRequiredService<WeChatClientFactory>().Provider(name)));
        api.AddHttpMessageHandler(() => new MemberCardsPipelineHandler(WeChatConstants.ServiceName, name, WeChatErrorMapper.Instance));
        return (api, token);
    }

    /// <summary>Whether an attempt's outcome is retried: only for GET/HEAD/OPTIONS, on 5xx, 429, network errors and attempt timeouts.</summary>
    /// <param name="outcome">The attempt's outcome.</param>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request)
    {
        if (request is null || !MemberCardsHttp.IsIdempotent(request.Method))
        {
            return false;
        }

        return outcome.Exception switch
        {
            null => outcome.Result is { } response && ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429),
            MemberCardsApiException api => api.StatusCode is >= 500 or 429,
            MemberCardsFormatException or MemberCardsSignatureException => false,
            OperationCanceledException => false,
            TimeoutRejectedException or HttpRequestException or IOException => true,
            MemberCardsException sdk => sdk.InnerException is HttpRequestException or IOException or TimeoutRejectedException,
            _ => false,
        };
    }

    /// <summary>The name of a registration's <see cref="HttpRetryStrategyOptions"/> (both of its clients use them).</summary>
    /// <param name="name">The registration name.</param>
    /// <returns>The options name.</returns>
    internal static string RetryOptionsName(string name) => "MemberCards.WeChat:" + name;

    private static void AddResilience(IHttpClientBuilder client, string name)
    {
        var retryName = RetryOptionsName(name);
        client.Services.AddOptions<HttpRetryStrategyOptions>(retryName)
            .Configure(o =>
            {
                o.MaxRetryAttempts = MaxRetryAttempts;
                o.Delay = RetryDelay;
                o.BackoffType = DelayBackoffType.Exponential;
                o.UseJitter = true;
            })
            .PostConfigure(o => o.ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage())));
        client.AddResilienceHandler("MemberCards.WeChat", (pipeline, context) =>
        {
            context.EnableReloads<WeChatCardsOptions>(name);
            context.EnableReloads<HttpRetryStrategyOptions>(retryName);
            WeChatResilienceTelemetry.Configure(pipeline, context.ServiceProvider);
            pipeline.AddRetry(context.GetOptions<HttpRetryStrategyOptions>(retryName));
            pipeline.AddTimeout(context.GetOptions<WeChatCardsOptions>(name).Timeout);
        });
    }

    private static void Configure(HttpClient http, WeChatCardsOptions options)
    {
        var address = options.BaseAddress.OriginalString;
        http.BaseAddress = address.EndsWith('/') ? options.BaseAddress : new Uri(address + "/");

        // The resilience step times each attempt out (WeChatCardsOptions.Timeout); this bounds all attempts together.
        http.Timeout = options.Timeout * (MaxRetryAttempts + 1) + TimeSpan.FromSeconds(5);
    }
}
