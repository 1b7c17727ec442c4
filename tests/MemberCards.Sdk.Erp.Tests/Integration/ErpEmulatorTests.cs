using System.Text;
using MemberCards.Sdk.Testing.Erp;

namespace MemberCards.Sdk.Erp.Tests.Integration;

/// <summary>The emulator's own answers to requests the SDK would never send (checked over plain HTTP).</summary>
public sealed class ErpEmulatorTests
{
    [Theory]
    [InlineData("""{"pointsChanges":1,"pointsRemaining":1,"pointsUsed":0}""", "mobile")]
    [InlineData("""{"mobile":"13800001111","pointsRemaining":1,"pointsUsed":0}""", "pointsChanges")]
    [InlineData("""not json""", "$")]
    public async Task Bad_request_gets_the_failure_shape_naming_the_field(string body, string field)
    {
        await using var emulator = await ErpEmulator.StartAsync();

        var answer = await PostAsync(emulator, body);

        Assert.StartsWith("""{"code":20000,"msg":""", answer, StringComparison.Ordinal);
        Assert.EndsWith($$$""","info":{"field":"{{{field}}}"}}""", answer, StringComparison.Ordinal);
        Assert.Empty(emulator.Members);
    }

    [Fact]
    public async Task Numbers_sent_as_strings_are_accepted_and_applied()
    {
        await using var emulator = await ErpEmulator.StartAsync();

        var answer = await PostAsync(emulator, """{"mobile":"13800001111","pointsChanges":"-4","pointsRemaining":"6","pointsUsed":"4"}""");

        Assert.StartsWith("""{"code":10000,"msg":"成功","data":{""", answer, StringComparison.Ordinal);
        Assert.Equal(-4, emulator.FindMember("13800001111")!.Points);
    }

    [Fact]
    public async Task Seed_shape_answer_matches_the_document_byte_for_byte()
    {
        await using var emulator = await ErpEmulator.StartAsync();
        emulator.AddMember(new ErpEmulatorMember
        {
            Mobile = "13800001111",
            Name = "周xx",
            Sex = "男",
            IdentityCardNo = "330702690808123",
            Birthday = "1969-08-07",
            Address = "下城路766号",
            CardNo = "e0582800",
            StoreNumber = "1001",
        });

        var answer = await PostAsync(emulator, """{"mobile":"13800001111","pointsChanges":10,"pointsRemaining":100,"pointsUsed":10}""");

        Assert.Equal(
            """{"code":10000,"msg":"成功","data":{"name":"周xx","sex":"男","identityCardNo":"330702690808123","birthday":"1969-08-07","email":"","level":"0","state":"0","address":"下城路766号","cardNo":"e0582800","storeNumber":"1001"}}""",
            answer);
    }

    private static async Task<string> PostAsync(ErpEmulator emulator, string body)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("user/memberPoints", content);
        return await response.Content.ReadAsStringAsync();
    }
}
