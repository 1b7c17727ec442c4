using System.Reflection;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>
/// A reload keeps a merchant's parsed keys when its options are the same (issue 23), so the comparison must see every
/// setting: a property added to <see cref="WeChatPayOptions"/> and not compared would be ignored by reloads.
/// </summary>
public sealed class OptionsEqualityTests
{
    public static TheoryData<string> Settings()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(WeChatPayOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Fact]
    public void Options_with_the_same_values_are_the_same()
    {
        Assert.True(WeChatPayOptionsEquality.Same(Sample(), Sample()));
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void A_change_of_any_one_setting_is_seen(string setting)
    {
        var changed = Sample();
        var property = typeof(WeChatPayOptions).GetProperty(setting)!;
        property.SetValue(changed, Other(property.PropertyType, property.GetValue(changed)));

        Assert.False(WeChatPayOptionsEquality.Same(Sample(), changed), $"{setting} changed, and the options still compare the same");
    }

    private static object Other(Type type, object? current)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying switch
        {
            _ when underlying == typeof(string) => (string?)current + "x",
            _ when underlying == typeof(int) => (int)current! + 1,
            _ when underlying == typeof(TimeSpan) => (current is TimeSpan t ? t : TimeSpan.Zero) + TimeSpan.FromSeconds(1),
            _ when underlying == typeof(Uri) => new Uri("https://other.example/"),
            _ when underlying == typeof(WeChatPayFamily) => (WeChatPayFamily)current! == WeChatPayFamily.Partner ? WeChatPayFamily.Brand : WeChatPayFamily.Partner,
            _ => throw new InvalidOperationException($"Teach this test a different value of {type.Name}."),
        };
    }

    private static WeChatPayOptions Sample() => new()
    {
        MerchantId = "1900000001",
        CertificateSerialNumber = "ABC",
        PrivateKey = "private",
        PrivateKeyPath = "key.pem",
        ApiV3Key = "0123456789abcdef0123456789abcdef",
        PublicKeyId = "PUB_KEY_ID_1",
        PublicKey = "public",
        BrandId = "1004",
        BackupBaseAddress = WeChatPayOptions.DefaultBackupBaseAddress,
        UserAgent = "agent",
    };
}
