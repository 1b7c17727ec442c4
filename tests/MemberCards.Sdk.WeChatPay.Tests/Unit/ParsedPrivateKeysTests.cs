using MemberCards.Sdk.Testing.WeChatPay;
using MemberCards.Sdk.TestVectors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

/// <summary>The merchant private key is parsed once per first use: the validator's parse is the one the merchant signs with.</summary>
public sealed class ParsedPrivateKeysTests
{
    [Fact]
    public void The_key_parsed_for_a_registration_is_taken_once_then_parsed_again()
    {
        var keys = new WeChatPayParsedPrivateKeys();
        keys.Parse("shop", PublishedVectors.K1PrivateKeyPkcs8);
        var parsed = keys.Waiting("shop");

        using var taken = keys.Take("shop", PublishedVectors.K1PrivateKeyPkcs8);
        using var again = keys.Take("shop", PublishedVectors.K1PrivateKeyPkcs8);

        Assert.NotNull(parsed);
        Assert.Same(parsed, taken);
        Assert.NotSame(taken, again);
        Assert.Null(keys.Waiting("shop"));
        Assert.Equal(taken.ExportParameters(false).Modulus, again.ExportParameters(false).Modulus);
    }

    [Fact]
    public void A_key_of_other_text_or_another_registration_is_not_handed_over()
    {
        using var other = WeChatPayTestKey.Create("other");
        var keys = new WeChatPayParsedPrivateKeys();
        keys.Parse("shop", PublishedVectors.K1PrivateKeyPkcs8);
        var waiting = keys.Waiting("shop");

        using var rotated = keys.Take("shop", other.PrivateKeyPem);
        using var elsewhere = keys.Take("mall", PublishedVectors.K1PrivateKeyPkcs8);

        Assert.NotSame(waiting, rotated);
        Assert.NotSame(waiting, elsewhere);
        Assert.Same(waiting, keys.Waiting("shop"));
    }

    [Fact]
    public void A_second_parse_for_a_registration_replaces_and_disposes_the_first()
    {
        var keys = new WeChatPayParsedPrivateKeys();
        keys.Parse("shop", PublishedVectors.K1PrivateKeyPkcs8);
        var first = keys.Waiting("shop")!;

        keys.Parse("shop", PublishedVectors.K1PrivateKeyPkcs8);

        Assert.NotSame(first, keys.Waiting("shop"));
        Assert.Throws<ObjectDisposedException>(() => first.ExportParameters(false));
    }

    [Fact]
    public async Task A_merchant_signs_with_the_key_its_options_validation_parsed()
    {
        await using var provider = MerchantWithK1();
        var validator = provider.GetServices<IValidateOptions<WeChatPayOptions>>().OfType<WeChatPayOptionsValidator>().Single();

        _ = provider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(string.Empty);
        var parsedByValidation = validator.ParsedKeys.Waiting(string.Empty);
        var merchant = provider.GetRequiredService<WeChatPayMerchantRegistry>().Get(string.Empty);

        Assert.NotNull(parsedByValidation);
        Assert.Same(parsedByValidation, merchant.PrivateKey);
        Assert.Null(validator.ParsedKeys.Waiting(string.Empty));
    }

    [Fact]
    public void Dropping_a_registration_disposes_the_key_parked_for_it()
    {
        var keys = new WeChatPayParsedPrivateKeys();
        keys.Parse("shop", PublishedVectors.K1PrivateKeyPkcs8);
        keys.Parse("mall", PublishedVectors.K1PrivateKeyPkcs8);
        var parked = keys.Waiting("shop")!;

        keys.Drop("shop");
        keys.Drop("never-parsed");

        Assert.Null(keys.Waiting("shop"));
        Assert.Throws<ObjectDisposedException>(() => parked.ExportParameters(false));
        Assert.NotNull(keys.Waiting("mall"));
    }

    [Fact]
    public async Task A_merchant_forgotten_because_its_name_is_gone_leaves_no_parked_key_and_one_replaced_keeps_the_new_one()
    {
        await using var provider = MerchantWithK1();
        var validator = provider.GetServices<IValidateOptions<WeChatPayOptions>>().OfType<WeChatPayOptionsValidator>().Single();
        var registry = provider.GetRequiredService<WeChatPayMerchantRegistry>();

        // Validated (so parked) and not yet taken by a merchant: a source re-read replaced the options.
        _ = provider.GetRequiredService<IOptionsMonitor<WeChatPayOptions>>().Get(string.Empty);
        var parked = validator.ParsedKeys.Waiting(string.Empty);
        registry.Remove(string.Empty, removed: false);
        Assert.NotNull(parked);
        Assert.Same(parked, validator.ParsedKeys.Waiting(string.Empty));

        // Offboarded before any merchant took it: the key and its PEM text go.
        registry.Remove(string.Empty, removed: true);
        Assert.Null(validator.ParsedKeys.Waiting(string.Empty));
        Assert.Throws<ObjectDisposedException>(() => parked.ExportParameters(false));
    }

    /// <summary>A provider with the default merchant on the published key K1 (public key mode).</summary>
    private static ServiceProvider MerchantWithK1()
    {
        var services = new ServiceCollection();
        services.AddMemberCards().AddWeChatPay().Configure(o =>
        {
            o.MerchantId = PublishedVectors.TvAMerchantId;
            o.CertificateSerialNumber = PublishedVectors.TvASerialNumber;
            o.PrivateKey = PublishedVectors.K1PrivateKeyPkcs8;
            o.PublicKeyId = PublishedVectors.TvCSerial;
            o.PublicKey = PublishedVectors.P1PublicKey;
        });
        return services.BuildServiceProvider();
    }
}
