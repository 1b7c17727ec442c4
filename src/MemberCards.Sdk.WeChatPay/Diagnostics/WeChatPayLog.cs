using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>The WeChat Pay client's log messages, with stable event ids (3000 range); never a key or a signature.</summary>
internal static partial class WeChatPayLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Downloaded {Count} WeChat Pay platform certificate(s): {Serials}.")]
    public static partial void CertificatesDownloaded(ILogger logger, int count, string serials);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "WeChat Pay platform certificate refresh failed; keeping the current certificates.")]
    public static partial void CertificateRefreshFailed(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 3090, Level = LogLevel.Warning, Message = "The shared certificate cache or fleet lock is unreachable ({Reason}); merchant {MerchantId} downloads its platform certificates per process until it is back.")]
    public static partial void CertificateSharingUnavailable(ILogger logger, string merchantId, string reason);
}
