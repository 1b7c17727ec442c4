namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class NotificationAnswerTests
{
    [Fact]
    public void Success_is_200_without_body()
    {
        var answer = WeChatPayNotificationAnswer.Success();
        Assert.Equal(200, answer.StatusCode);
        Assert.Null(answer.Body);
        Assert.True(answer.IsSuccess);
    }

    [Fact]
    public void Failure_carries_the_documented_body()
    {
        var answer = WeChatPayNotificationAnswer.Failure(500, "处理失败");
        Assert.Equal(500, answer.StatusCode);
        Assert.Equal("""{"code":"FAIL","message":"处理失败"}""", answer.Body);
        Assert.Equal("application/json", answer.ContentType);
        Assert.False(answer.IsSuccess);
    }

    [Fact]
    public void Failure_refuses_a_success_status()
        => Assert.Throws<ArgumentOutOfRangeException>(() => WeChatPayNotificationAnswer.Failure(200, "x"));
}
