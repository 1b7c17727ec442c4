using System.Text;
using MemberCards.Sdk.Erp.Tests.Support;
using MemberCards.Sdk.Testing.Erp;
using Microsoft.Extensions.DependencyInjection;

namespace MemberCards.Sdk.Erp.Tests.Integration;

public sealed class ChangeMemberPointsTests
{
    [Fact]
    public async Task Known_member_is_matched_by_mobile_and_returned_typed()
    {
        await using var host = await ErpTestHost.StartAsync();
        var known = host.Emulator.AddMember(new ErpEmulatorMember
        {
            Mobile = "13800001111",
            Name = "周xx",
            Sex = "男",
            IdentityCardNo = "330702690808123",
            Birthday = "1969-08-07",
            Email = "",
            Level = 1,
            State = 1,
            Address = "下城路766号",
            CardNo = "e0582800",
            StoreNumber = "1001",
            Points = 90,
        });

        var member = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());

        Assert.Equal("周xx", member.Name);
        Assert.Equal(ErpMemberSex.Male, member.Sex);
        Assert.Equal(new DateOnly(1969, 8, 7), member.Birthday);
        Assert.Equal("下城路766号", member.Address);
        Assert.Equal("330702690808123", member.IdentityCardNo);
        Assert.Equal(string.Empty, member.Email);
        Assert.Equal(ErpMemberLevel.Vip, member.Level);
        Assert.Equal(ErpMemberState.Normal, member.State);
        Assert.Equal("e0582800", member.CardNo);
        Assert.Equal("1001", member.StoreNumber);
        Assert.Equal(100, known.Points);
        Assert.Single(host.Emulator.Members);
        var change = Assert.Single(known.Changes);
        Assert.Equal(new ErpEmulatorPointsChange(10, 100, 10, "购物送积分", "购物送积分，订单号：1002241547865330578", "1001"), change);
    }

    [Fact]
    public async Task Request_goes_out_as_one_json_post_byte_for_byte()
    {
        await using var host = await ErpTestHost.StartAsync();

        await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());

        var request = Assert.Single(host.Emulator.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/user/memberPoints", request.PathAndQuery);
        Assert.Equal("application/json; charset=utf-8", request.Header("Content-Type"));
        var expected = """{"mobile":"13800001111","pointsChanges":10,"pointsDesc":"购物送积分","pointsRemaining":100,"pointsUsed":10,"remark":"购物送积分，订单号：1002241547865330578","storeNumber":"1001"}""";
        Assert.Equal(Encoding.UTF8.GetBytes(expected), request.Body.ToArray());
    }

    [Fact]
    public async Task Optional_fields_left_out_are_not_sent()
    {
        await using var host = await ErpTestHost.StartAsync();

        await host.Client.ChangeMemberPointsAsync(new MemberPointsChangeRequest { Mobile = "13912345678", PointsChanges = -5, PointsRemaining = 0, PointsUsed = 5 });

        Assert.Equal("""{"mobile":"13912345678","pointsChanges":-5,"pointsRemaining":0,"pointsUsed":5}""", Assert.Single(host.Emulator.Requests).BodyText);
    }

    [Fact]
    public async Task Unknown_member_is_created_on_the_fly_and_returned()
    {
        await using var host = await ErpTestHost.StartAsync();
        Assert.Empty(host.Emulator.Members);

        var member = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "15900002222", points: 30));

        var created = Assert.Single(host.Emulator.Members);
        Assert.True(created.CreatedByEmulator);
        Assert.Equal("15900002222", created.Mobile);
        Assert.Equal(30, created.Points);
        Assert.Equal(created.CardNo, member.CardNo);
        Assert.StartsWith("e", member.CardNo, StringComparison.Ordinal);
        Assert.Equal(ErpMemberLevel.MemberCard, member.Level);
        Assert.Equal(ErpMemberState.New, member.State);
        Assert.Equal(ErpMemberSex.Unknown, member.Sex);
        Assert.Null(member.Birthday);
        Assert.Equal("1001", member.StoreNumber);

        var again = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "15900002222", points: 5));
        Assert.Equal(member.CardNo, again.CardNo);
        Assert.Equal(35, Assert.Single(host.Emulator.Members).Points);
    }

    [Fact]
    public async Task Failure_shape_becomes_an_api_exception_with_code_msg_and_raw_info()
    {
        await using var host = await ErpTestHost.StartAsync();
        var known = host.Emulator.AddMember(new ErpEmulatorMember { Mobile = "13800001111", CardNo = "e0582800" });
        host.Emulator.FailNext("会员卡已冻结", """{"cardNo":"e0582800","reason":"frozen"}""");

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("Erp", ex.Service);
        Assert.Equal("20000", ex.ErrorCode);
        Assert.Equal("会员卡已冻结", ex.ErrorMessage);
        Assert.Equal("""{"cardNo":"e0582800","reason":"frozen"}""", ex.Details);
        Assert.Equal(200, ex.StatusCode);
        Assert.Contains("20000", ex.Message, StringComparison.Ordinal);
        Assert.Empty(known.Changes);
    }

    [Fact]
    public async Task Seed_failure_body_with_empty_info_keeps_the_info()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.FailNext();

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("20000", ex.ErrorCode);
        Assert.Equal("请求失败", ex.ErrorMessage);
        Assert.Equal("{}", ex.Details);
    }

    [Theory]
    [InlineData(ErpEmulatorNumberStyle.Seed)]
    [InlineData(ErpEmulatorNumberStyle.Numbers)]
    [InlineData(ErpEmulatorNumberStyle.Strings)]
    public async Task Code_level_and_state_are_read_as_numbers_or_strings(ErpEmulatorNumberStyle style)
    {
        var recorder = new AnswerRecordingHandler();
        await using var host = await ErpTestHost.StartAsync(configureHttpClient: http => http.AddHttpMessageHandler(() => recorder));
        host.Emulator.NumberStyle = style;
        host.Emulator.AddMember(new ErpEmulatorMember { Mobile = "13800001111", Level = 1, State = 9 });

        var member = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());

        Assert.Equal(ErpMemberLevel.Vip, member.Level);
        Assert.Equal(ErpMemberState.Deleted, member.State);
        Assert.Equal("1", member.LevelText);
        Assert.Equal("9", member.StateText);
        var body = Encoding.UTF8.GetString(recorder.LastAnswer);
        Assert.Contains(style == ErpEmulatorNumberStyle.Strings ? "\"code\":\"10000\"" : "\"code\":10000", body, StringComparison.Ordinal);
        Assert.Contains(style == ErpEmulatorNumberStyle.Numbers ? "\"level\":1" : "\"level\":\"1\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ErpEmulatorNumberStyle.Numbers)]
    [InlineData(ErpEmulatorNumberStyle.Strings)]
    public async Task String_typed_failure_code_is_still_a_failure(ErpEmulatorNumberStyle style)
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.NumberStyle = style;
        host.Emulator.FailNext();

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("20000", ex.ErrorCode);
    }

    [Fact]
    public async Task Unknown_level_and_state_are_kept_not_thrown()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.AddMember(new ErpEmulatorMember { Mobile = "13800001111", Level = 3, State = 5 });

        var member = await host.Client.ChangeMemberPointsAsync(ErpTestHost.Change());

        Assert.Equal((ErpMemberLevel)3, member.Level);
        Assert.Equal((ErpMemberState)5, member.State);
        Assert.Equal("3", member.LevelText);
        Assert.Equal("5", member.StateText);
    }

    [Fact]
    public async Task Invalid_request_is_refused_before_anything_is_sent()
    {
        await using var host = await ErpTestHost.StartAsync();

        var ex = await Assert.ThrowsAsync<MemberCardsValidationException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change(mobile: "12345")));

        Assert.Contains("Mobile (mobile)", ex.Message, StringComparison.Ordinal);
        Assert.Empty(host.Emulator.Requests);
    }

    [Fact]
    public async Task Client_error_status_is_an_api_exception_with_the_body_as_detail()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.AnswerWithStatus(404);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(404, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Contains("upstream error", ex.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_requests_is_an_api_exception_and_the_change_is_not_retried()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.Faults.Next(Testing.Fault.Status(429, """{"code":42900,"msg":"too many requests"}"""), ErpEmulator.Path, times: 3);

        var ex = await Assert.ThrowsAsync<MemberCardsApiException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal(429, ex.StatusCode);
        Assert.Equal("42900", ex.ErrorCode);
        Assert.Single(host.Emulator.Requests);
    }

    [Fact]
    public async Task Non_json_success_status_is_a_format_exception()
    {
        await using var host = await ErpTestHost.StartAsync();
        host.Emulator.Faults.Next(Testing.Fault.NonJsonBody(), ErpEmulator.Path);

        var ex = await Assert.ThrowsAsync<MemberCardsFormatException>(() => host.Client.ChangeMemberPointsAsync(ErpTestHost.Change()));

        Assert.Equal("Erp", ex.Service);
    }
}
