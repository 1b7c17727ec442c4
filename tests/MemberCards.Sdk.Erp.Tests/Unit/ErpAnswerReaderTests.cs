using System.Text;

namespace MemberCards.Sdk.Erp.Tests.Unit;

public sealed class ErpAnswerReaderTests
{
    // The seed's "success" sample (section 1.8), comments removed: code a number, level/state strings.
    internal const string SeedSuccess = """
        {
          "code": 10000,
          "msg":"成功",
          "data": {
             "name":"周xx",
             "sex":"男",
             "identityCardNo":"330702690808123",
             "birthday":"1969-08-07",
             "email":"",
             "level":"0",
             "state":"0",
             "address":"下城路766号",
             "cardNo":"e0582800",
             "storeNumber": "1001"
           }
        }
        """;

    private static ErpMember Read(string json) => ErpAnswerReader.ReadSuccess(Encoding.UTF8.GetBytes(json), 200);

    [Fact]
    public void Seed_success_sample_reads_into_a_typed_member()
    {
        var member = Read(SeedSuccess);

        Assert.Equal("周xx", member.Name);
        Assert.Equal(ErpMemberSex.Male, member.Sex);
        Assert.Equal("330702690808123", member.IdentityCardNo);
        Assert.Equal(new DateOnly(1969, 8, 7), member.Birthday);
        Assert.Equal(string.Empty, member.Email);
        Assert.Equal(ErpMemberLevel.MemberCard, member.Level);
        Assert.Equal(ErpMemberState.New, member.State);
        Assert.Equal("下城路766号", member.Address);
        Assert.Equal("e0582800", member.CardNo);
        Assert.Equal("1001", member.StoreNumber);
    }

    [Theory]
    [InlineData("10000")]
    [InlineData("\"10000\"")]
    [InlineData("\" 10000 \"")]
    public void Success_code_reads_as_number_or_string(string code)
    {
        var member = Read($$$"""{"code":{{{code}}},"msg":"成功","data":{"cardNo":"e1"}}""");

        Assert.Equal("e1", member.CardNo);
    }

    [Theory]
    [InlineData("""{"code":10000,"msg":"ok","data":{}}""")]
    [InlineData("""{"code":"10000"}""")]
    [InlineData("""{"code":" 10000 ","data":{"name":"x"}}""")]
    [InlineData("""{"code":20000,"msg":"first","code":10000}""")]
    [InlineData("""{"msg":"no code"}""")]
    [InlineData("""{"code":null}""")]
    [InlineData("""[{"code":20000}]""")]
    [InlineData("""{"code":20000,""")]
    [InlineData("not json")]
    public void A_2xx_that_is_a_success_or_cannot_be_settled_is_no_failure_and_left_to_the_caller(string body)
        => Assert.Null(ErpAnswerReader.FailureOf(Encoding.UTF8.GetBytes(body), 200));

    [Theory]
    [InlineData("""{"code":20000,"msg":"余额不足"}""", "20000", "余额不足")]
    [InlineData("""{"code":"20000","msg":"余额不足"}""", "20000", "余额不足")]
    [InlineData("""{"code":10000,"msg":"last wins","code":20000}""", "20000", "last wins")]
    [InlineData("""{"code":10000.0,"msg":"not the literal"}""", "10000.0", "not the literal")]
    [InlineData("""{"code":1e4}""", "1e4", null)]
    public void A_2xx_with_another_code_is_that_failure_whatever_comes_first(string body, string code, string? message)
    {
        var failure = ErpAnswerReader.FailureOf(Encoding.UTF8.GetBytes(body), 200);

        Assert.NotNull(failure);
        Assert.Equal((200, code, message), (failure.StatusCode, failure.ErrorCode, failure.ErrorMessage));
    }

    [Theory]
    [InlineData("0", ErpMemberLevel.MemberCard)]
    [InlineData("1", ErpMemberLevel.Vip)]
    [InlineData("\"0\"", ErpMemberLevel.MemberCard)]
    [InlineData("\"1\"", ErpMemberLevel.Vip)]
    [InlineData("\"2\"", (ErpMemberLevel)2)]
    [InlineData("7", (ErpMemberLevel)7)]
    public void Level_reads_from_numbers_and_strings_and_keeps_unknown_values(string wire, ErpMemberLevel expected)
    {
        var member = Read($$$"""{"code":10000,"data":{"level":{{{wire}}}}}""");

        Assert.Equal(expected, member.Level);
        Assert.Equal(wire.Trim('"'), member.LevelText);
    }

    [Theory]
    [InlineData("0", ErpMemberState.New)]
    [InlineData("\"1\"", ErpMemberState.Normal)]
    [InlineData("9", ErpMemberState.Deleted)]
    [InlineData("\"9\"", ErpMemberState.Deleted)]
    [InlineData("\"5\"", (ErpMemberState)5)]
    public void State_reads_from_numbers_and_strings_and_keeps_unknown_values(string wire, ErpMemberState expected)
    {
        var member = Read($$$"""{"code":10000,"data":{"state":{{{wire}}}}}""");

        Assert.Equal(expected, member.State);
        Assert.Equal(wire.Trim('"'), member.StateText);
    }

    [Theory]
    [InlineData("\"gold\"", "gold")]
    [InlineData("\"\"", "")]
    [InlineData("null", null)]
    [InlineData("true", "true")]
    public void Level_that_is_not_an_integer_is_null_and_its_text_kept(string wire, string? text)
    {
        var member = Read($$$"""{"code":10000,"data":{"level":{{{wire}}},"state":{{{wire}}}}}""");

        Assert.Null(member.Level);
        Assert.Null(member.State);
        Assert.Equal(text, member.LevelText);
        Assert.Equal(text, member.StateText);
    }

    [Fact]
    public void Absent_level_and_state_are_null()
    {
        var member = Read("""{"code":10000,"data":{}}""");

        Assert.Null(member.Level);
        Assert.Null(member.LevelText);
        Assert.Null(member.State);
        Assert.Null(member.Name);
    }

    [Theory]
    [InlineData("女", ErpMemberSex.Female)]
    [InlineData("男", ErpMemberSex.Male)]
    [InlineData("保密", ErpMemberSex.Undisclosed)]
    [InlineData(" 女 ", ErpMemberSex.Female)]
    [InlineData("", ErpMemberSex.Unknown)]
    [InlineData("M", ErpMemberSex.Unknown)]
    [InlineData(null, ErpMemberSex.Unknown)]
    public void Sex_reads_the_three_chinese_values(string? wire, ErpMemberSex expected)
        => Assert.Equal(expected, ErpAnswerReader.ParseSex(wire));

    [Fact]
    public void Sex_sent_as_a_number_is_unknown_not_an_error()
    {
        var member = Read("""{"code":10000,"data":{"sex":1}}""");

        Assert.Equal(ErpMemberSex.Unknown, member.Sex);
    }

    [Theory]
    [InlineData("1969-08-07", 1969, 8, 7)]
    [InlineData("1969-8-7", 1969, 8, 7)]
    [InlineData("1969/08/07", 1969, 8, 7)]
    [InlineData("19690807", 1969, 8, 7)]
    [InlineData("2000-01-01 00:00:00", 2000, 1, 1)]
    [InlineData("2000-01-01T00:00:00+08:00", 2000, 1, 1)]
    [InlineData(" 2000-02-29 ", 2000, 2, 29)]
    public void Birthday_reads_as_a_date(string wire, int year, int month, int day)
        => Assert.Equal(new DateOnly(year, month, day), ErpAnswerReader.ParseBirthday(wire));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0000-00-00")]
    [InlineData("1999-02-29")]
    [InlineData("生日")]
    [InlineData("07/08/1969")]
    public void Birthday_that_is_not_a_date_is_null(string? wire)
        => Assert.Null(ErpAnswerReader.ParseBirthday(wire));

    [Fact]
    public void Seed_failure_sample_is_an_api_exception_with_code_msg_and_info()
    {
        var ex = Assert.Throws<MemberCardsApiException>(() => Read("""
            {
              "code": 20000,
              "info": {},
              "msg":"请求失败"
            }
            """));

        Assert.Equal("Erp", ex.Service);
        Assert.Equal("20000", ex.ErrorCode);
        Assert.Equal("请求失败", ex.ErrorMessage);
        Assert.Equal("{}", ex.Details);
        Assert.Equal(200, ex.StatusCode);
        Assert.Null(ex.RequestId);
    }

    [Theory]
    [InlineData("\"20000\"", "20000")]
    [InlineData("30001", "30001")]
    [InlineData("\"E_FROZEN\"", "E_FROZEN")]
    [InlineData("0", "0")]
    public void Any_code_but_10000_is_an_api_exception(string code, string expected)
    {
        var ex = Assert.Throws<MemberCardsApiException>(() => Read($$$"""{"code":{{{code}}},"msg":"x","info":"plain text"}"""));

        Assert.Equal(expected, ex.ErrorCode);
        Assert.Equal("\"plain text\"", ex.Details);
    }

    [Fact]
    public void Failure_even_with_a_data_member_stays_a_failure()
    {
        var ex = Assert.Throws<MemberCardsApiException>(() => Read("""{"code":20000,"msg":"x","data":{"cardNo":"e1"}}"""));

        Assert.Null(ex.Details);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"msg":"成功"}""")]
    [InlineData("""{"code":null}""")]
    [InlineData("""{"code":""}""")]
    public void Answer_without_code_is_a_format_exception(string json)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => Read(json));

        Assert.Equal("$.code", ex.Location);
    }

    [Theory]
    [InlineData("""{"code":10000,"msg":"成功"}""")]
    [InlineData("""{"code":10000,"data":null}""")]
    [InlineData("""{"code":10000,"data":"e0582800"}""")]
    public void Success_without_a_member_object_is_a_format_exception(string json)
    {
        var ex = Assert.Throws<MemberCardsFormatException>(() => Read(json));

        Assert.Equal("$.data", ex.Location);
    }

    [Theory]
    [InlineData("<html>502</html>")]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    public void Body_that_is_not_the_erp_json_is_a_format_exception(string body)
        => Assert.Throws<MemberCardsFormatException>(() => Read(body));

    [Fact]
    public void Member_fields_sent_as_numbers_are_kept_as_text()
    {
        var member = Read("""{"code":10000,"data":{"storeNumber":1001,"cardNo":582800,"identityCardNo":330702690808123}}""");

        Assert.Equal("1001", member.StoreNumber);
        Assert.Equal("582800", member.CardNo);
        Assert.Equal("330702690808123", member.IdentityCardNo);
    }

    [Fact]
    public void Unknown_fields_are_ignored()
    {
        var member = Read("""{"code":10000,"msg":"成功","traceId":"t-1","data":{"cardNo":"e1","points":{"total":5},"tags":["a"]}}""");

        Assert.Equal("e1", member.CardNo);
    }

    [Fact]
    public void Failure_status_with_erp_json_carries_its_code_and_message()
    {
        var ex = ErpAnswerReader.ReadFailure(Encoding.UTF8.GetBytes("""{"code":"40001","msg":"签名验证失败","info":{"reason":"bad"}}"""), 401);

        Assert.Equal(401, ex.StatusCode);
        Assert.Equal("40001", ex.ErrorCode);
        Assert.Equal("签名验证失败", ex.ErrorMessage);
        Assert.Equal("""{"reason":"bad"}""", ex.Details);
    }

    [Fact]
    public void Failure_status_with_a_non_json_body_keeps_the_text_bounded()
    {
        var page = "<html>" + new string('x', 5000) + "</html>";

        var ex = ErpAnswerReader.ReadFailure(Encoding.UTF8.GetBytes(page), 403);

        Assert.Equal(403, ex.StatusCode);
        Assert.Null(ex.ErrorCode);
        Assert.Equal(2048, ex.Details!.Length);
        Assert.StartsWith("<html>", ex.Details, StringComparison.Ordinal);
    }
}
