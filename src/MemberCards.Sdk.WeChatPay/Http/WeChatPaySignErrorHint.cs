namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// The hint of a <c>SIGN_ERROR</c> answer: WeChat Pay could not verify the request's signature, which almost always
/// means that the merchant id, the certificate serial number and the private key of the registration do not belong
/// together (or the server's clock is off). It names those settings, never their values, and the command that checks them.
/// </summary>
internal static class WeChatPaySignErrorHint
{
    /// <summary>The command that checks the private key against the certificate and the serial number.</summary>
    public const string CheckKeyCommand = "membercards wechatpay check-key";

    /// <summary>The hint for a <c>SIGN_ERROR</c> answered to a request of <paramref name="registration"/>.</summary>
    /// <param name="registration">The registration name (empty for the default one).</param>
    /// <returns>The hint.</returns>
    public static string For(string registration)
    {
        string Setting(string key) => MemberCardsSettingName.Of(WeChatPayConstants.ServiceName, registration, key);
        return $"WeChat Pay did not accept the request's signature: check that {Setting(nameof(WeChatPayOptions.MerchantId))} (the mchid), "
            + $"{Setting(nameof(WeChatPayOptions.CertificateSerialNumber))} (the serial of the merchant API certificate) and "
            + $"{Setting(nameof(WeChatPayOptions.PrivateKey))} or {Setting(nameof(WeChatPayOptions.PrivateKeyPath))} (apiclient_key.pem of that certificate) belong together, "
            + $"and that the server's clock is right; run '{CheckKeyCommand}' to check the key against the certificate and the serial, "
            + "and compare SigningMessage with detail.sign_information.";
    }
}
