using System.Security.Cryptography;
using System.Text;
using MemberCards.Sdk.Security;
using MemberCards.Sdk.TestVectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>
/// Issue 21: the brand-direct family's verification of an answer and of a notification, against fixed bytes, through a
/// brand registration (<see cref="WeChatPayFamily.Brand"/>) built by DI with the clock at the vector's timestamp.
/// <para>
/// Provenance. Nothing here was produced by the code under test. The key pair is K1, the official documentation's test
/// private key already committed as <see cref="PublishedVectors.K1PrivateKeyPkcs8"/>, standing in for the WeChat Pay
/// public key pair; the public key id is made up. The values were computed with OpenSSL 3.0.19 on the development
/// machine (k1.pem = that PEM without the indentation):
/// <code>
/// openssl pkey -in k1.pem -pubout -out k1pub.pem                      # PublishedVectors.K1PublicKeySpki
/// printf '%s\n%s\n%s\n' 1767225600 5K8264ILTKCH16CQ2502SI8ZNMTM67VS "$ANSWER_BODY" > answer.msg
/// sha256sum answer.msg                                                # AnswerMessageSha256
/// openssl dgst -sha256 -sign k1.pem -out answer.sig answer.msg        # PKCS#1 v1.5, deterministic
/// base64 -w0 answer.sig                                               # AnswerSignature
/// openssl dgst -sha256 -verify k1pub.pem -signature answer.sig answer.msg   # Verified OK
/// </code>
/// The notification's resource: <c>openssl enc</c> refuses AEAD ciphers, so AES-256-GCM was computed by a 20-line C
/// program calling the same system libcrypto (EVP_aes_256_gcm, 12-byte IV, AAD, 16-byte tag appended, Base64) and
/// cross-checked with Python's <c>cryptography</c> package, which gave the same bytes:
/// <code>
/// python3 -c "import base64,sys; from cryptography.hazmat.primitives.ciphers.aead import AESGCM; print(base64.b64encode(AESGCM(b'5Y8bZ6wX3vU2tS1rQ0pO9nM8lK7jI6hG').encrypt(b'fG7hJ2kL9mN4', sys.argv[1].encode(), b'sync_user_point')).decode())" "$PLAINTEXT"
/// printf '%s\n%s\n%s\n' 1767225660 C2E1B4D6085A2C4E6F8091B3D5F7A9C3 "$NOTIFICATION_BODY" > notify.msg
/// sha256sum notify.msg                                                # NotificationMessageSha256
/// openssl dgst -sha256 -sign k1.pem -out notify.sig notify.msg &amp;&amp; base64 -w0 notify.sig   # NotificationSignature
/// </code>
/// </para>
/// </summary>
public sealed class BrandVerificationVectorTests
{

    /// <summary>The (made-up) WeChat Pay public key id the brand is configured with.</summary>
    internal const string PublicKeyId = "PUB_KEY_ID_0110041004202601010000000000000001";

    internal const string AnswerTimestamp = "1767225600";
    internal const string AnswerNonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";

    /// <summary>A brand-direct GET <c>/brand/card-member/user-cards/{code}</c> answer (no sensitive field), exactly as signed.</summary>
    internal const string AnswerBody = """{"user_card_code":"478515832665","card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","brand_id":"1004","card_type":"NORMAL","level":"金卡","user_card_state":"EFFECTIVE"}""";

    internal const string AnswerMessageSha256 = "9e3ea99a96a9304644768c067af99eec3ec031d23d9ea55f5f51b152f8cb51bd";
    internal const string AnswerSignature = "AHZbPAh6VJxqT9Jw+CkqJxwRtMpNeiqZQrHW0bR/+UuaDRbsQmY3kCmVS9WXT0Od2LpzzUgLSo+rGQGaIYhH+nEwrJUpoAXkpMiBuVLs/Tuvwc9I0M6GnWuNjxl4lX4AD1RAFaEFayBSr04vx12F0EE+8Edcwc0uetSKqKJ4UqEfeUEd5MadE4NIeg1ucDARkWK7i04rv8w/c5E0NS5RqBErTRPF/wKVQJLb6ZDdxtQQ/LHJlb/ZuUej5SyjLnZUyE2wf5h5E3B5tdCqjnFbz9TqQYIbHal32wrwu1BkK9XpevPqkYM1ngaUkX+k481mE2dzpQJiSXD2V/Sa/ZgmLQ==";

    /// <summary>The brand API key (the AES-256-GCM key of notifications, <see cref="WeChatPayOptions.ApiV3Key"/>): 32 ASCII characters.</summary>
    internal const string BrandApiKey = "5Y8bZ6wX3vU2tS1rQ0pO9nM8lK7jI6hG";
    internal const string ResourceNonce = "fG7hJ2kL9mN4";
    internal const string ResourceAssociatedData = "sync_user_point";
    internal const string ResourcePlaintext = """{"brand_id":"1004","card_id":"pbLatjvWOibDc5-TBnbUk1pD12o0","openid":"obLatjnx9gnqzS4myYGmLZ7LgLBA","user_card_code":"478515832665"}""";
    internal const string ResourceCiphertext = "CyBzKzjMqpcQnSkkHjVr7ul/IF8n44UiYPg5njLIUpgLZ2BtyLuSPOH8CxKG3jx3KzKr+MUWNLm2m2A85Vuq7psOuUMggs3zPf6dizrvaZIMLH6Z+4hN3S8sqpId6EZrjfeaN5BwxFvFVHAfCZb4yFfIv3OpTY2e1P3idyhAHsAHLysd8gLLOOzKgqsfUFaJCz9pZQ==";

    internal const string NotificationTimestamp = "1767225660";
    internal const string NotificationNonce = "C2E1B4D6085A2C4E6F8091B3D5F7A9C3";

    /// <summary>A <c>BRAND_MEMBER_CARD.SYNC_USER_POINT</c> notification, exactly as signed.</summary>
    internal const string NotificationBody = """{"id":"EV-2026-0101-0001","create_time":"2026-01-01T08:01:00+08:00","resource_type":"encrypt-resource","event_type":"BRAND_MEMBER_CARD.SYNC_USER_POINT","summary":"同步积分","resource":{"original_type":"sync_user_point","algorithm":"AEAD_AES_256_GCM","ciphertext":"CyBzKzjMqpcQnSkkHjVr7ul/IF8n44UiYPg5njLIUpgLZ2BtyLuSPOH8CxKG3jx3KzKr+MUWNLm2m2A85Vuq7psOuUMggs3zPf6dizrvaZIMLH6Z+4hN3S8sqpId6EZrjfeaN5BwxFvFVHAfCZb4yFfIv3OpTY2e1P3idyhAHsAHLysd8gLLOOzKgqsfUFaJCz9pZQ==","associated_data":"sync_user_point","nonce":"fG7hJ2kL9mN4"}}""";

    internal const string NotificationMessageSha256 = "7a339a8aca90a5e3e0cba0b6e0adf869d4bf2f894e841d4727ae47f8d55333a8";
    internal const string NotificationSignature = "FSA5Lh1YbF3ohPocqGXB2ZwjJJP7GoK6C/ywLCEl8ovSSEAoRDQUmxkdYRKHGILolUSfD1nmXCO8/svhzLGjENbfNYqZPHr0Hz2Ea4Qy0uIaSG3IHqtnieTp1V0Nyu99KNvnwnYw1BLf4xO8adhAxYPCuil8Id7OnKbfwtLaAz4qZHh8QRBv/wr/m5CxdPtUuBQZbGJY0zRca/Pl2TD0AncQGoZrXCtQFjJIamDqTQCGN12PS9cFanguE/nOwoqRp9JmrkH+EZdCrNchtPvAaqkzR5BcCvH5bE9WWfQ8bhBxjtjtiEK24pjWtau+vBFHD6kB9lylhYqBoqSHucsNEA==";

    /// <summary>A brand registration with the vector's keys, its clock at <paramref name="unixSeconds"/>, calling <paramref name="baseAddress"/> if given.</summary>
    internal static ServiceProvider Brand(long unixSeconds, Uri? baseAddress = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
        services.AddMemberCards().AddWeChatPay(o =>
        {
            o.Family = WeChatPayFamily.Brand;
            o.BrandId = "1004";
            o.CertificateSerialNumber = PublishedVectors.TvASerialNumber;
            o.PrivateKey = PublishedVectors.K1PrivateKeyPkcs8;
            o.PublicKeyId = PublicKeyId;
            o.PublicKey = PublishedVectors.K1PublicKeySpki;
            o.ApiV3Key = BrandApiKey;
            o.BaseAddress = baseAddress ?? o.BaseAddress;
        });
        return services.BuildServiceProvider(validateScopes: true);
    }

    private static async Task<SignatureCheck> CheckAnswerAsync(string timestamp = AnswerTimestamp, string nonce = AnswerNonce, string serial = PublicKeyId, string body = AnswerBody, string signatureType = RequestSignature.BrandScheme)
    {
        await using var services = Brand(1767225600);
        var merchant = services.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty);
        return await merchant.Verifier.EvaluateAsync(timestamp, nonce, AnswerSignature, serial, signatureType, Encoding.UTF8.GetBytes(body), PublicKeyId, CancellationToken.None);
    }

    private static Dictionary<string, string> NotificationHeaders(string timestamp = NotificationTimestamp, string nonce = NotificationNonce, string serial = PublicKeyId) => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Wechatpay-Timestamp"] = timestamp,
        ["Wechatpay-Nonce"] = nonce,
        ["Wechatpay-Signature"] = NotificationSignature,
        ["Wechatpay-Serial"] = serial,
        ["Wechatpay-Signature-Type"] = RequestSignature.BrandScheme,
        ["Content-Type"] = "application/json",
    };

    private static async Task<WeChatPayEvent> ParseNotificationAsync(Dictionary<string, string> headers, string body = NotificationBody)
    {
        await using var services = Brand(1767225660);
        return await services.GetRequiredService<IWeChatPayDispatcher>().ParseAsync(headers, Encoding.UTF8.GetBytes(body));
    }

    /// <summary>One byte of <paramref name="text"/>'s UTF-8 form changed (the last digit of the card code, 5 to 4).</summary>
    internal static string OneByteChanged(string text) => text.Replace("\"478515832665\"", "\"478515832664\"", StringComparison.Ordinal);

    [Fact]
    public void The_answer_signing_message_is_the_openssl_input_byte_for_byte()
    {
        var message = ResponseSignature.BuildMessage(AnswerTimestamp, AnswerNonce, Encoding.UTF8.GetBytes(AnswerBody));

        Assert.Equal(Encoding.UTF8.GetBytes("1767225600\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\n" + AnswerBody + "\n"), message);
        Assert.Equal(AnswerMessageSha256, Convert.ToHexStringLower(SHA256.HashData(message)));
    }

    [Fact]
    public async Task The_fixed_brand_answer_verifies_with_the_public_key_it_names()
        => Assert.Equal(SignatureCheck.Ok, await CheckAnswerAsync());

    [Fact]
    public async Task The_brand_answer_with_one_byte_of_body_changed_is_a_mismatch()
    {
        Assert.Equal(Encoding.UTF8.GetByteCount(AnswerBody), Encoding.UTF8.GetByteCount(OneByteChanged(AnswerBody)));
        Assert.Equal(1, Encoding.UTF8.GetBytes(AnswerBody).Zip(Encoding.UTF8.GetBytes(OneByteChanged(AnswerBody))).Count(p => p.First != p.Second));

        Assert.Equal(SignatureFailureReason.Mismatch, (await CheckAnswerAsync(body: OneByteChanged(AnswerBody))).Reason);
    }

    [Theory]
    [InlineData("1767225601", AnswerNonce)]
    [InlineData(AnswerTimestamp, "5K8264ILTKCH16CQ2502SI8ZNMTM67VT")]
    public async Task The_brand_answer_with_one_byte_of_timestamp_or_nonce_changed_is_a_mismatch(string timestamp, string nonce)
    {
        var check = await CheckAnswerAsync(timestamp, nonce);

        Assert.True(check.Failed);
        Assert.Equal(SignatureFailureReason.Mismatch, check.Reason);
    }

    [Fact]
    public async Task The_brand_answer_naming_another_serial_is_an_unknown_serial()
    {
        var check = await CheckAnswerAsync(serial: "PUB_KEY_ID_0110041004202601010000000000000002");

        Assert.Equal(SignatureFailureReason.UnknownSerial, check.Reason);
        Assert.Contains("PUB_KEY_ID_0110041004202601010000000000000002", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_brand_answer_under_the_partner_signature_type_is_malformed()
        => Assert.Equal(SignatureFailureReason.Malformed, (await CheckAnswerAsync(signatureType: RequestSignature.Scheme)).Reason);

    [Fact]
    public void The_fixed_resource_decrypts_to_the_expected_plaintext_and_encrypts_back()
    {
        var key = Encoding.UTF8.GetBytes(BrandApiKey);

        Assert.Equal(ResourcePlaintext, AesGcmCipher.Decrypt(key, ResourceNonce, ResourceAssociatedData, ResourceCiphertext));
        Assert.Equal(ResourceCiphertext, AesGcmCipher.Encrypt(key, ResourceNonce, ResourceAssociatedData, ResourcePlaintext));
        Assert.Throws<MemberCardsSignatureException>(() => AesGcmCipher.Decrypt(key, ResourceNonce, "user_card", ResourceCiphertext));
    }

    [Fact]
    public void The_notification_signing_message_is_the_openssl_input_byte_for_byte()
    {
        var message = ResponseSignature.BuildMessage(NotificationTimestamp, NotificationNonce, Encoding.UTF8.GetBytes(NotificationBody));

        Assert.Equal(Encoding.UTF8.GetBytes("1767225660\nC2E1B4D6085A2C4E6F8091B3D5F7A9C3\n" + NotificationBody + "\n"), message);
        Assert.Equal(NotificationMessageSha256, Convert.ToHexStringLower(SHA256.HashData(message)));
        Assert.Contains($"\"ciphertext\":\"{ResourceCiphertext}\"", NotificationBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fixed_brand_notification_verifies_decrypts_and_reads_as_its_typed_event()
    {
        var message = await ParseNotificationAsync(NotificationHeaders());

        var sync = Assert.IsType<WeChatPaySyncUserPointEvent>(message);
        Assert.Equal("EV-2026-0101-0001", sync.Id);
        Assert.Equal(WeChatPaySyncUserPointEvent.BrandEventType, sync.EventType);
        Assert.Equal(WeChatPayOriginalTypes.SyncUserPoint, sync.OriginalType);
        Assert.Equal(("1004", "pbLatjvWOibDc5-TBnbUk1pD12o0", "obLatjnx9gnqzS4myYGmLZ7LgLBA", "478515832665"), (sync.BrandId, sync.CardId, sync.OpenId, sync.UserCardCode));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 8, 1, 0, TimeSpan.FromHours(8)), sync.CreateTime);
    }

    [Fact]
    public async Task The_brand_notification_with_one_byte_of_body_changed_is_a_mismatch()
    {
        var body = NotificationBody.Replace("EV-2026-0101-0001", "EV-2026-0101-0002", StringComparison.Ordinal);
        Assert.Equal(1, Encoding.UTF8.GetBytes(NotificationBody).Zip(Encoding.UTF8.GetBytes(body)).Count(p => p.First != p.Second));

        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => ParseNotificationAsync(NotificationHeaders(), body));

        Assert.Equal(SignatureFailureReason.Mismatch, error.Reason);
    }

    [Theory]
    [InlineData("1767225661", NotificationNonce)]
    [InlineData(NotificationTimestamp, "C2E1B4D6085A2C4E6F8091B3D5F7A9C4")]
    public async Task The_brand_notification_with_one_byte_of_timestamp_or_nonce_changed_is_a_mismatch(string timestamp, string nonce)
    {
        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => ParseNotificationAsync(NotificationHeaders(timestamp, nonce)));

        Assert.Equal(SignatureFailureReason.Mismatch, error.Reason);
    }

    [Fact]
    public async Task The_brand_notification_naming_another_serial_is_an_unknown_serial()
    {
        var error = await Assert.ThrowsAsync<MemberCardsSignatureException>(() => ParseNotificationAsync(NotificationHeaders(serial: "PUB_KEY_ID_0110041004202601010000000000000002")));

        Assert.Equal(SignatureFailureReason.UnknownSerial, error.Reason);
    }
}
