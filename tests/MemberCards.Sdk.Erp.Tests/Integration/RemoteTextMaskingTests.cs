using MemberCards.Sdk.Erp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>Issue 12 item 21: a phone number in the ERP's own text never reaches a log or an exception message unmasked.</summary>
public sealed class RemoteTextMaskingTests
{
    [Fact]
    public async Task A_phone_number_in_the_erps_failure_text_is_masked_in_the_exception_and_the_logs()
    {
        await using var host = await ErpTestHost.StartAsync(services: s => s.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace)));
        host.Emulator.FailNext("会员13787654321已冻结", """{"mobile":"13787654321","note":"联系 15912345678"}""");

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "13787654321")));

        Assert.Equal("会员137****4321已冻结", ex.ErrorMessage);
        Assert.Equal("""{"mobile":"137****4321","note":"联系 159****5678"}""", ex.Details);
        Assert.DoesNotContain("13787654321", ex.ToString(), StringComparison.Ordinal);
        var logs = host.Services.GetFakeLogCollector().GetSnapshot();
        Assert.Contains(logs, r => r.Message.Contains("会员137****4321已冻结", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, r => r.Message.Contains("13787654321", StringComparison.Ordinal) || r.Message.Contains("15912345678", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_phone_number_in_a_non_json_error_page_is_masked_in_the_details()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.Faults.Next(Testing.Fault.Status(403, "<p>blocked for 13787654321</p>"), Testing.Erp.ErpEmulator.Path);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("<p>blocked for 137****4321</p>", ex.Details);
    }

    [Theory]
    [InlineData("会员13787654321已冻结", "会员137****4321已冻结")]
    [InlineData("13787654321", "137****4321")]
    [InlineData("a 13787654321, b 18600001111.", "a 137****4321, b 186****1111.")]
    [InlineData("order 1002241547865330578", "order 1002241547865330578")]
    [InlineData("12345678901 is no mobile", "12345678901 is no mobile")]
    [InlineData("137876543210", "137876543210")]
    [InlineData("", "")]
    public void Eleven_digit_mainland_numbers_are_masked_and_nothing_else(string text, string expected)
        => Assert.Equal(expected, Redaction.PhoneNumbersIn(text));
}
