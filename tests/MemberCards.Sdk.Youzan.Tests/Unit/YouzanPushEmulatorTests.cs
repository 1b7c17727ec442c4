using MemberCards.Sdk.Testing;

namespace MemberCards.Sdk.Youzan.Tests.Unit;

public class YouzanPushEmulatorTests
{
    [Theory]
    [InlineData("""{"card_alias":"2omk5g63jgmvpa","event_time":"2017-06-30 16:07:54"}""", YouzanSamples.CardMsg)]
    [InlineData("""{"fans_id":0,"fans_type":0,"mobile":"18768423400","card_alias":"2omk5g63jgmvpa","card_no":"231820909057462930","event_time":"2017-06-30 16:08:29"}""", YouzanSamples.CustomerCardMsg)]
    public void Form_encodes_like_the_seed_samples(string json, string expected)
        => Assert.Equal(expected, YouzanFormEncoding.Encode(json));

    [Fact]
    public void Encodes_chinese_as_upper_case_utf8_escapes_and_keeps_java_unreserved_characters()
        => Assert.Equal("%E5%A2%A8+a.b-c*d_e%2B%25", YouzanFormEncoding.Encode("墨 a.b-c*d_e+%"));

    [Fact]
    public void A_resend_keeps_the_message_id_counts_up_and_is_signed_again()
    {
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret) { Style = YouzanPushStyle.Cloud };
        var first = youzan.CustomerCardPush("c1", "a1", "CUSTOMER_CARD_GIVEN", null, 7, 1, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(8)));

        var retry = first.AsRetry().AsRetry();

        Assert.Equal(2, retry.SendCount);
        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.NotEqual(first.EventSign, retry.EventSign);
        var push = YouzanSamples.Verifier().ReadVerified(retry.Body.Span, retry.EventSign);
        Assert.Equal(2, push.SendCount);
        Assert.Equal(first.MessageId, push.MessageId);
        Assert.True(YouzanSamples.Verifier().IsValidBodySign(push));
        var card = YouzanCustomerCardEvent.From(push);
        Assert.Equal((7L, 1, (string?)null, YouzanCustomerCardStatus.Given), (card.FansId, card.FansType, card.Mobile, card.Status));
    }

    [Fact]
    public void A_health_check_is_the_bare_test_body_and_is_never_resent()
    {
        var check = YouzanPushEmulator.HealthCheck();

        Assert.Equal("""{"test":true}""", check.BodyText);
        Assert.Throws<InvalidOperationException>(() => check.AsRetry());
    }

    [Fact]
    public async Task Only_a_2xx_answer_with_code_0_and_msg_success_counts_as_acknowledged()
    {
        var answers = new Queue<(int Status, string Body)>([(200, """{"code":0,"msg":"failed"}"""), (500, """{"code":0,"msg":"success"}"""), (200, "success"), (200, """{"code":"0","msg":"success"}""")]);
        await using var endpoint = await EmulatorHost.StartAsync(routes => Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions.MapPost(routes, "/push", (Microsoft.AspNetCore.Http.RequestDelegate)(async context =>
        {
            var (status, body) = answers.Dequeue();
            context.Response.StatusCode = status;
            await Microsoft.AspNetCore.Http.HttpResponseWritingExtensions.WriteAsync(context.Response, body);
        })));
        using var youzan = new YouzanPushEmulator(YouzanSamples.ClientId, YouzanSamples.Secret);

        var responses = await youzan.DeliverAsync(new Uri(endpoint.BaseAddress, "push"), youzan.CardPush("a", "CARD_CREATED", DateTimeOffset.UnixEpoch));

        Assert.Equal([false, false, false, true], responses.Select(r => r.Acknowledged));
        Assert.Equal([0, 1, 2, 3], endpoint.Requests.Select(r => YouzanPushParser.Parse(r.Body.Span).SendCount!.Value));
    }
}
