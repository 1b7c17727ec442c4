using MemberCards.Sdk.Youzan.Tests.Support;
using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanOptionsTests
{
    [Fact]
    public void The_validator_names_every_setting_to_fix()
    {
        var options = new YouzanOptions { MaxMessageBytes = 10, DeduplicationWindow = TimeSpan.Zero };
        options.AdditionalClientSecrets.Add(" ");

        var result = new YouzanOptionsValidator().Validate("shopA", options);

        Assert.True(result.Failed);
        var text = string.Join("\n", result.Failures!);
        Assert.Contains("MemberCards:Youzan(shopA):ClientId is required", text, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Youzan(shopA):ClientSecret is required", text, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Youzan(shopA):AdditionalClientSecrets:0 is empty", text, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Youzan(shopA):MaxMessageBytes must be between", text, StringComparison.Ordinal);
        Assert.Contains("MemberCards:Youzan(shopA):DeduplicationWindow must be positive", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_options_pass()
    {
        var options = new YouzanOptions { ClientId = "id", ClientSecret = "s" };

        Assert.Equal(ValidateOptionsResult.Success, new YouzanOptionsValidator().Validate(Options.DefaultName, options));
    }

    [Fact]
    public void ToString_never_shows_a_secret()
    {
        var options = new YouzanOptions { ClientId = "id-1", ClientSecret = "very-secret-value" };
        options.AdditionalClientSecrets.Add("older-secret-value");

        var text = options.ToString();

        Assert.Contains("id-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("older-secret-value", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reply_is_the_body_youzan_expects()
    {
        Assert.Equal("""{"code":0,"msg":"success"}""", YouzanConstants.SuccessReplyJson);
        Assert.Equal(YouzanConstants.SuccessReplyJson, System.Text.Encoding.UTF8.GetString(YouzanConstants.SuccessReplyUtf8));
    }

    [Fact]
    public void A_header_signed_push_is_deduplicated_on_msg_id_else_on_type_shop_id_status_and_version_else_on_msg()
    {
        Assert.Equal("youzan:msg:m-1", YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, MessageId = "m-1", Type = "SCRM_CARD", Version = 5 }, "c"));
        Assert.Equal("youzan:SCRM_CARD|164932|a|CARD_UPDATED|1498810074", YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, Type = "SCRM_CARD", KdtId = 164932, Id = "a", Status = "CARD_UPDATED", Version = 1498810074 }, "c"));
        Assert.NotEqual(
            YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, Type = "SCRM_CARD", Id = "a", Status = "CARD_UPDATED", Version = 1 }, "c"),
            YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, Type = "SCRM_CARD", Id = "a", Status = "CARD_UPDATED", Version = 2 }, "c"));
        Assert.Equal(MessageKey("c", "%7B%7D"), YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, Type = "SCRM_CARD", Id = "a", RawMessage = "%7B%7D" }, "c"));
        Assert.Null(YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { IsEnvelopeSigned = true, Type = "SCRM_CARD", Id = "a" }, "c"));
    }

    [Fact]
    public void A_body_signed_push_is_deduplicated_on_its_signed_msg_alone()
    {
        var genuine = new YouzanPush { Type = "SCRM_CARD", KdtId = 164932, Id = "a", Status = "CARD_UPDATED", Version = 1498810074, RawMessage = YouzanSamples.CardMsg };
        var tampered = new YouzanPush { Type = "SCRM_CUSTOMER_CARD", KdtId = 1, Id = "b", Status = "CARD_DELETED", Version = 2, MessageId = "m-forged", RawMessage = YouzanSamples.CardMsg };

        Assert.Equal(MessageKey(YouzanSamples.ClientId, YouzanSamples.CardMsg), YouzanDispatcher.DeduplicationKeyOf(genuine, YouzanSamples.ClientId));
        Assert.Equal(YouzanDispatcher.DeduplicationKeyOf(genuine, YouzanSamples.ClientId), YouzanDispatcher.DeduplicationKeyOf(tampered, YouzanSamples.ClientId));
        Assert.NotEqual(YouzanDispatcher.DeduplicationKeyOf(genuine, YouzanSamples.ClientId), YouzanDispatcher.DeduplicationKeyOf(genuine, "another-client"));
        Assert.NotEqual(
            YouzanDispatcher.DeduplicationKeyOf(genuine, YouzanSamples.ClientId),
            YouzanDispatcher.DeduplicationKeyOf(new YouzanPush { RawMessage = YouzanSamples.CustomerCardMsg }, YouzanSamples.ClientId));
    }

    [Fact]
    public void RequireEventSign_is_off_by_default_and_shown_by_ToString()
    {
        Assert.False(new YouzanOptions().RequireEventSign);
        Assert.Contains("RequireEventSign = True", new YouzanOptions { RequireEventSign = true }.ToString(), StringComparison.Ordinal);
    }

    private static string MessageKey(string clientId, string msg)
        => "youzan:" + clientId + "|msg-sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(msg)));
}
