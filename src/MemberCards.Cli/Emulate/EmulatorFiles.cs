using System.Text.Json;
using MemberCards.Sdk;
using MemberCards.Sdk.Erp;
using MemberCards.Sdk.Iot;
using MemberCards.Sdk.Testing;
using MemberCards.Sdk.Testing.Iot;
using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.WeChat;
using MemberCards.Sdk.WeChatPay;
using MemberCards.Sdk.Youzan;

namespace MemberCards.Cli.Emulate;

/// <summary>
/// The files a client needs to talk to the running emulators: the WeChat Pay merchant private key, APIv3 key,
/// public key and platform certificate, and every setting as an <c>appsettings</c> file. Files holding a secret
/// are readable by the current user only (on Unix).
/// </summary>
internal sealed class EmulatorFiles
{
    private EmulatorFiles(string folder)
    {
        Folder = folder;
    }

    public string Folder { get; }

    public string MerchantPrivateKey => Path.Combine(Folder, "apiclient_key.pem");

    public string ApiV3Key => Path.Combine(Folder, "apiv3_key.txt");

    public string PublicKey => Path.Combine(Folder, "pub_key.pem");

    public string PlatformCertificate => Path.Combine(Folder, "wechatpay_platform_cert.pem");

    public string AppSettings => Path.Combine(Folder, "appsettings.emulator.json");

    public static EmulatorFiles Write(string folder, EmulatorSuite suite, EmulatorCredentials credentials, IotMqttBroker? iot = null)
    {
        Directory.CreateDirectory(folder);
        var files = new EmulatorFiles(Path.GetFullPath(folder));
        var pay = suite.WeChatPay;
        WriteFile(files.MerchantPrivateKey, pay.MerchantKey.PrivateKeyPem, secret: true);
        WriteFile(files.ApiV3Key, pay.ApiV3Key, secret: true);
        WriteFile(files.PublicKey, pay.PublicKey.PublicKeyPem, secret: false);
        WriteFile(files.PlatformCertificate, pay.CurrentPlatformKey.CertificatePem, secret: false);
        WriteFile(files.AppSettings, AppSettingsJson(suite, credentials, files, iot), secret: true);
        return files;
    }

    private static string AppSettingsJson(EmulatorSuite suite, EmulatorCredentials credentials, EmulatorFiles files, IotMqttBroker? iot)
    {
        var baseAddress = suite.BaseAddress.ToString();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject(MemberCardsSettingName.Root);
            writer.WriteStartObject(WeChatConstants.ServiceName);
            writer.WriteString("BaseAddress", baseAddress);
            writer.WriteString("AppId", credentials.WeChatAppId);
            writer.WriteString("AppSecret", credentials.WeChatAppSecret);
            writer.WriteString("PushToken", suite.WeChatPushToken);
            writer.WriteEndObject();
            writer.WriteStartObject(WeChatPayConstants.ServiceName);
            writer.WriteString("BaseAddress", baseAddress);
            if (suite.Callbacks.WeChatPayBrand)
            {
                writer.WriteString("Family", "Brand");
                writer.WriteString("BrandId", WeChatPayEmulator.BrandId);
            }
            else
            {
                writer.WriteString("MerchantId", suite.WeChatPay.MerchantId);
            }

            writer.WriteString("CertificateSerialNumber", suite.WeChatPay.MerchantKey.SerialNumber);
            writer.WriteString("PrivateKeyPath", files.MerchantPrivateKey);
            writer.WriteString("ApiV3Key", suite.WeChatPay.ApiV3Key);
            writer.WriteString("PublicKeyId", suite.WeChatPay.PublicKeyId);
            writer.WriteString("PublicKey", suite.WeChatPay.PublicKey.PublicKeyPem);
            writer.WriteEndObject();
            writer.WriteStartObject(ErpConstants.ServiceName);
            writer.WriteString("BaseAddress", baseAddress);
            writer.WriteEndObject();
            writer.WriteStartObject(YouzanConstants.ServiceName);
            writer.WriteString("ClientId", suite.Callbacks.YouzanClientId);
            writer.WriteString("ClientSecret", suite.Callbacks.YouzanClientSecret);
            writer.WriteEndObject();
            if (iot is not null)
            {
                writer.WriteStartObject(IotConstants.ServiceName);
                writer.WriteStartObject("Mqtt");
                writer.WriteString("Server", IotMqttBroker.Host);
                writer.WriteNumber("Port", iot.Port);
                writer.WriteString("ClientId", "membercards-emulated-host");
                writer.WriteStartArray("Topics");
                writer.WriteStringValue(IotTopic.SubscriptionFilter(IotTopic.Parse(IotSamples.Topic).Tenant));
                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteFile(string path, string text, bool secret)
    {
        File.Delete(path);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (secret && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = new FileStream(path, options);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }
}
