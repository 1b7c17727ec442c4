using MemberCards.Sdk.TestScans;

namespace MemberCards.Sdk.WeChatPay.Tests.Unit;

public sealed class RegistrationScaleTests
{
    // Registration is linear (issue 23): one more merchant reads the same descriptors however many are registered. The
    // per-client IServiceCollection.AddHttpClient(name) (its builder searches the collection with Single) and
    // AddResilienceHandler (TryAdds that search it) are gone from Core's AddClient; a failure message names who reads most.
    [Fact]
    public void One_more_merchant_reads_no_more_descriptors_among_1000_than_among_100()
    {
        static void Add(IMemberCardsBuilder builder, string name) => builder.AddWeChatPay(name, o => o.MerchantId = name);

        var few = RegistrationScans.PerName(100, Add);
        var many = RegistrationScans.PerName(1_000, Add);

        Assert.True(many.PerName <= (few.PerName * 1.2) + 20, $"per merchant: {few.PerName} descriptors read among 100, {many.PerName} among 1,000 ({many.Report})");
    }
}
